package com.acme.tavus.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.TavusResilience;
import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.audit.BufferedAuditTrail;
import com.acme.tavus.application.audit.port.in.AuditQueries;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.PageRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hardened edge in live mode, against a fake Tavus on loopback, with every secret set to a
 * known value: the Tavus key, an API token, the callback HMAC key and the database password.
 *
 * <ul>
 *   <li>Representative traffic, errors included (bad input, unknown ids, Tavus failures, a rejected
 *       key, forged callbacks, oversized bodies, actuator probes), never shows a secret in a
 *       response (body or header) or in the log.
 *   <li>No path id that could change the upstream URL ever reaches Tavus.
 *   <li>Audit entries carry Tavus's own answer status.
 * </ul>
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "platform.api-tokens=leak-team:" + LiveHardeningEndToEndTest.API_TOKEN,
        "onboarding.callback-signing-key=" + LiveHardeningEndToEndTest.HMAC_KEY,
        "tavus.persona-id=p5317866",
        "spring.datasource.url=jdbc:h2:mem:live-hardening;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=" + LiveHardeningEndToEndTest.DB_PASSWORD})
@AutoConfigureWebTestClient(timeout = "30s")
class LiveHardeningEndToEndTest {

    static final String TAVUS_KEY = "tvs-secret-key-5f0c2e9a71";
    static final String API_TOKEN = "tvp_secret_token_93b1d7c4e2";
    static final String HMAC_KEY = "hmac-secret-key-2f8e6a0c4b9d1e3f5a7c";
    static final String DB_PASSWORD = "db-secret-password-7a3e91";
    private static final List<String> SECRETS = List.of(TAVUS_KEY, API_TOKEN, HMAC_KEY, DB_PASSWORD);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final FakeTavusServer TAVUS = FakeTavusServer.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void pointAtFakeTavus(DynamicPropertyRegistry registry) {
        registry.add("tavus.api-key", () -> TAVUS_KEY);
        registry.add("tavus.base-url", () -> TAVUS.baseUrl().toString());
    }

    @AfterAll
    static void stopFakeTavus() {
        TAVUS.close();
    }

    @Autowired
    WebTestClient http;

    @LocalServerPort
    int port;

    @Autowired
    BufferedAuditTrail trail;

    @Autowired
    AuditQueries audit;

    private static final AtomicInteger CONVERSATIONS = new AtomicInteger();

    private final List<EntityExchangeResult<byte[]>> answers = new ArrayList<>();

    @Autowired
    TavusResilience resilience;

    @BeforeEach
    void resetTavus() {
        TAVUS.reset();
        // A rerun must not start behind a circuit the first run's Tavus failures opened.
        resilience.circuitBreaker().reset();
    }

    @Test
    void representativeTraffic_neverShowsASecret_inAnswersOrLogs(CapturedOutput output) {
        // A new id per create, and a new onboarding user per run: Surefire's rerun of a failed test must
        // not meet the first run's conversation or user.
        TAVUS.on("POST", "/v2/conversations", request -> {
            var id = "c5ec%07d".formatted(CONVERSATIONS.incrementAndGet());
            return FakeResponse.ok("""
                    {"conversation_id": "%s", "conversation_url": "https://tavus.daily.co/%s",
                     "status": "active", "created_at": "2026-01-01T00:00:00Z"}""".formatted(id, id));
        });
        TAVUS.on("GET", "/v2/conversations/cunknown", FakeResponse.tavusError(400, "error", "Invalid conversation_id"));
        TAVUS.on("POST", "/v2/conversations/cbroken/end", FakeResponse.tavusError(500, "error", "internal trace at x"));
        TAVUS.on("GET", "/v2/replicas", FakeResponse.tavusError(401, "message", "Invalid access token " + TAVUS_KEY));
        TAVUS.on("GET", "/v2/personas", FakeResponse.ok("not json"));

        // Success, both flows.
        send(HttpMethod.POST, "/tavus-api-calls/conversations/", "{\"replica_id\": \"r79e1c033f\"}", API_TOKEN);
        send(HttpMethod.POST, "/api/v1/tavus/create-conversation",
                "{\"email\": \"ada+" + UUID.randomUUID() + "@example.com\", \"first_name\": \"Ada\", "
                        + "\"last_name\": \"Lovelace\"}", API_TOKEN);
        var onboarded = JSON.readTree(answers.getLast().getResponseBody()).get("conversation_id").asString();
        var callbackUrl = URI.create(TAVUS.requests().stream()
                .filter(request -> request.body().contains("callback_url"))
                .map(request -> JSON.readTree(request.body()).get("callback_url").asString())
                .findFirst().orElseThrow());
        var callbackPath = callbackUrl.getRawPath() + "?" + callbackUrl.getRawQuery();
        send(HttpMethod.POST, callbackPath, "{\"conversation_id\": \"" + onboarded + "\", "
                + "\"event_type\": \"system.replica_joined\", \"timestamp\": \"2026-01-01T00:00:05Z\"}", null);
        // Client mistakes and refusals.
        send(HttpMethod.POST, "/tavus-api-calls/conversations/", "{\"replica_id\": 42}", API_TOKEN);
        send(HttpMethod.POST, "/tavus-api-calls/conversations/", "{not json", API_TOKEN);
        send(HttpMethod.GET, "/tavus-api-calls/conversations/list/", null, API_TOKEN + "x");
        send(HttpMethod.GET, "/tavus-api-calls/conversations/list/", null, null);
        send(HttpMethod.POST, "/api/v1/tavus/callback?t=" + UUID.randomUUID() + "&sig=forged", "{}", null);
        send(HttpMethod.POST, "/tavus-api-calls/conversations/",
                "{\"conversational_context\": \"" + "x".repeat(1100 * 1024) + "\"}", API_TOKEN);
        // Upstream failures.
        send(HttpMethod.GET, "/tavus-api-calls/conversations/cunknown/", null, API_TOKEN);
        send(HttpMethod.POST, "/tavus-api-calls/conversations/cbroken/end/", null, API_TOKEN);
        send(HttpMethod.GET, "/tavus-api-calls/replicas/list/", null, API_TOKEN);
        send(HttpMethod.GET, "/tavus-api-calls/personas/list/", null, API_TOKEN);
        // Operations and documentation surfaces.
        for (var path : List.of("/actuator", "/actuator/env", "/actuator/configprops", "/actuator/beans",
                "/actuator/heapdump", "/actuator/loggers", "/actuator/metrics", "/actuator/health", "/actuator/info",
                "/v3/api-docs", "/swagger-ui.html")) {
            send(HttpMethod.GET, path, null, null);
            send(HttpMethod.GET, path, null, API_TOKEN);
        }
        trail.flush().block(TIMEOUT);

        assertThat(answers).hasSizeGreaterThan(30);
        assertThat(answers).extracting(answer -> answer.getStatus().value())
                .contains(200, 400, 401, 404, 413, 502);
        for (var answer : answers) {
            var shown = answer.getResponseHeaders() + "\n"
                    + (answer.getResponseBody() == null ? "" : new String(answer.getResponseBody(), StandardCharsets.UTF_8));
            for (var secret : SECRETS) {
                assertThat(shown).as("%s %s", answer.getMethod(), answer.getUrl()).doesNotContain(secret);
            }
        }
        for (var secret : SECRETS) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
        }
    }

    @Test
    void unsafePathIds_neverReachTavus() {
        for (var path : List.of("/tavus-api-calls/conversations/..%2Fpersonas/", "/tavus-api-calls/conversations/c1%2F..%2F..%2Freplicas/",
                "/tavus-api-calls/conversations/c1%3Fhard=true/delete/", "/tavus-api-calls/replicas/%2e%2e/",
                "/tavus-api-calls/conversations/c1%23x/", "/tavus-api-calls/documents/" + "d".repeat(65) + "/")) {
            var method = path.endsWith("/delete/") ? HttpMethod.DELETE : HttpMethod.GET;
            var status = http.method(method).uri(URI.create(baseOf(path)))
                    .header("X-API-TOKEN", API_TOKEN)
                    .exchange().expectBody().returnResult().getStatus().value();
            assertThat(status).as(path).isEqualTo(400);
        }

        assertThat(TAVUS.requests()).isEmpty();
    }

    @Test
    void auditEntries_carryTavussAnswerStatus() {
        TAVUS.on("POST", "/v2/conversations/cgone/end", FakeResponse.tavusError(400, "error", "Invalid conversation_id"));
        var requestId = "live-" + UUID.randomUUID();

        http.post().uri("/tavus-api-calls/conversations/cgone/end/")
                .header("X-API-TOKEN", API_TOKEN).header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isNotFound();
        trail.flush().block(TIMEOUT);

        var entry = audit.page(new AuditFilter("leak-team", new PageRequest(PageRequest.MAX_LIMIT, 1))).block(TIMEOUT)
                .data().stream().filter(e -> e.requestId().equals(requestId)).findFirst().orElseThrow();
        assertThat(entry).extracting(AuditEntry::status, AuditEntry::upstreamStatus, AuditEntry::resourceId)
                .containsExactly(404, 400, "cgone");
    }

    private void send(HttpMethod method, String pathAndQuery, String json, String token) {
        var request = http.method(method).uri(URI.create(baseOf(pathAndQuery)));
        if (token != null) {
            request = request.header("X-API-TOKEN", token);
        }
        var spec = json == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json);
        answers.add(spec.exchange().expectBody().returnResult());
    }

    /** An absolute URL, so raw (already encoded) paths reach the server exactly as written. */
    private String baseOf(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }
}
