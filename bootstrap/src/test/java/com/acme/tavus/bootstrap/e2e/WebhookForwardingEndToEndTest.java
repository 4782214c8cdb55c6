package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.CallbackSigner;
import com.acme.tavus.bootstrap.TavusPlatformApplication;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.Actor;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forwarding guarantee end to end: two endpoints are registered while both are down (one port
 * closed, one answering 503); a conversation is created and driven to completed by signed Tavus
 * callbacks (posted here, so the test does not wait on the sandbox's timers); deliveries are retried
 * and stay pending; the service is stopped and a new one started on the same database (an H2 file);
 * the endpoints come up; and each receives every event exactly once, signed, in the conversation's
 * order.
 */
class WebhookForwardingEndToEndTest {

    private static final Duration ASYNC = Duration.ofSeconds(30);
    private static final String TOKEN = "HOOKS1";
    private static final List<String> LIFE = List.of("conversation.created", "conversation.active",
            "conversation.completed", "conversation.transcript_ready");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();
    private final List<DisposableServer> receivers = new ArrayList<>();
    private final CopyOnWriteArrayList<Received> received = new CopyOnWriteArrayList<>();

    record Received(String path, String id, String timestamp, String signature, String body) {}

    @AfterEach
    void stop() {
        apps.forEach(ConfigurableApplicationContext::close);
        receivers.forEach(DisposableServer::disposeNow);
    }

    @Test
    void eventsReachEveryEndpointExactlyOnceAfterAnOutageAndARestart() throws Exception {
        var closedPort = freePort();
        var unavailable = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes.post("/**", (request, response) -> request.receive().then(
                        response.status(503).send().then())))
                .bindNow();
        receivers.add(unavailable);
        var database = "jdbc:h2:file:" + dataDir.resolve("platform").toAbsolutePath();

        var first = start(database);
        var http = client(first);
        var admin = first.getBean(IssueApiTokenUseCase.class).issue(new IssueApiTokenCommand("hooks-admin", "platform",
                EnumSet.of(Scope.ADMIN), null, null), Actor.SYSTEM).block().secret();
        var down = register(http, admin, "http://127.0.0.1:" + closedPort + "/down/" + UUID.randomUUID());
        var failing = register(http, admin, "http://127.0.0.1:" + unavailable.port() + "/failing/" + UUID.randomUUID());

        var conversationId = (String) http.post().uri("/tavus-api-calls/conversations/").header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"replica_id\": \"re8e740a42\"}")
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("conversation_id");
        var records = first.getBean(ConversationRecords.class);
        // Tavus's three callbacks, signed as Tavus would send them to the conversation's callback URL
        // (the sandbox may send its own too; redeliveries and no-op effects record no event).
        var trackingId = records.findByConversationId(new ConversationId(conversationId)).block().trackingId();
        var signature = first.getBean(CallbackSigner.class).sign(trackingId);
        callback(http, trackingId, signature, conversationId, "system.replica_joined", Map.of());
        callback(http, trackingId, signature, conversationId, "system.shutdown", Map.of("shutdown_reason", "participant_left"));
        callback(http, trackingId, signature, conversationId, "application.transcription_ready", Map.of("transcript",
                List.of(Map.of("role", "user", "content", "Hello"), Map.of("role", "assistant", "content", "Hi there"))));
        assertThat(records.findByConversationId(new ConversationId(conversationId)).block().transcript()).isNotNull();

        // Both endpoints are being retried: the first event in line has failed attempts, the rest wait behind it.
        for (var hook : List.of(down, failing)) {
            await().atMost(ASYNC).untilAsserted(() -> {
                var deliveries = deliveries(http, admin, hook.id());
                assertThat(deliveries).extracting(d -> d.get("event_type")).containsExactlyElementsOf(LIFE.reversed());
                assertThat(deliveries).allSatisfy(d -> assertThat(d.get("status")).isEqualTo("pending"));
                assertThat((Integer) deliveries.getLast().get("attempts")).isGreaterThanOrEqualTo(2);
            });
        }
        assertThat(deliveries(http, admin, failing.id()).getLast().get("last_error")).isEqualTo("HTTP 503");
        assertThat(deliveries(http, admin, down.id()).getLast().get("last_error")).isEqualTo("connection failed");
        assertThat(received).isEmpty();

        first.close();
        apps.remove(first);
        receivers.add(HttpServer.create().host("127.0.0.1").port(closedPort)
                .route(routes -> routes.post("/**", (request, response) -> request.receive().aggregate().asString()
                        .flatMap(body -> {
                            record(request.uri(), request.requestHeaders(), body);
                            return response.status(204).send().then();
                        })))
                .bindNow());
        var second = start(database);
        // The 503 endpoint recovers too: a healthy server on the same port.
        unavailable.disposeNow();
        receivers.remove(unavailable);
        var recovered = HttpServer.create().host("127.0.0.1").port(unavailable.port())
                .route(routes -> routes.post("/**", (request, response) -> request.receive().aggregate().asString()
                        .flatMap(body -> {
                            record(request.uri(), request.requestHeaders(), body);
                            return response.status(200).send().then();
                        })))
                .bindNow();
        receivers.add(recovered);

        var http2 = client(second);
        for (var hook : List.of(down, failing)) {
            await().atMost(ASYNC).untilAsserted(() -> assertThat(deliveries(http2, admin, hook.id()))
                    .allSatisfy(d -> assertThat(d.get("status")).isEqualTo("delivered")));
        }
        for (var hook : List.of(down, failing)) {
            var mine = received.stream().filter(r -> hook.url().endsWith(r.path())).toList();
            assertThat(mine).extracting(r -> type(r.body())).containsExactlyElementsOf(LIFE);
            assertThat(mine).extracting(Received::id).doesNotHaveDuplicates();
            assertThat(mine).allSatisfy(r -> {
                assertThat(r.signature()).isEqualTo("v1," + hmac(hook.secret(), r.id() + "." + r.timestamp() + "." + r.body()));
                assertThat(Long.parseLong(r.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                        org.assertj.core.data.Offset.offset(300L));
                assertThat(JSON.readTree(r.body()).path("data").path("conversation_id").asString()).isEqualTo(conversationId);
            });
            var completed = JSON.readTree(mine.get(3).body());
            assertThat(completed.path("data").path("transcript").isArray()).isTrue();
            assertThat(completed.path("data").path("transcript").size()).isPositive();
        }
        // The same event carries the same webhook-id to both endpoints.
        assertThat(received.stream().map(Received::id).distinct().count()).isEqualTo(LIFE.size());
    }

    private record Hook(String id, String url, String secret) {}

    private static void callback(WebTestClient http, UUID trackingId, String signature, String conversationId,
            String type, Map<String, Object> properties) {
        http.post().uri(b -> b.path("/api/v1/tavus/callback").queryParam("t", trackingId).queryParam("sig", "{sig}")
                        .build(signature))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("event_type", type, "conversation_id", conversationId,
                        "timestamp", Instant.now().toString(), "properties", properties))
                .exchange().expectStatus().is2xxSuccessful();
    }

    private Hook register(WebTestClient http, String admin, String url) {
        var created = http.post().uri("/api/v1/webhooks").header("X-API-TOKEN", admin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", url, "description", "e2e"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((String) created.get("secret")).startsWith("whsec_");
        var id = (String) created.get("id");
        http.get().uri("/api/v1/webhooks/{id}", id).header("X-API-TOKEN", admin).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.url").isEqualTo(url).jsonPath("$.secret").doesNotExist();
        return new Hook(id, url, (String) created.get("secret"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> deliveries(WebTestClient http, String admin, String id) {
        var body = http.get().uri("/api/v1/webhooks/{id}/deliveries", id).header("X-API-TOKEN", admin).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) body.get("data");
    }

    private void record(String uri, io.netty.handler.codec.http.HttpHeaders headers, String body) {
        received.add(new Received(uri, headers.get("webhook-id"), headers.get("webhook-timestamp"),
                headers.get("webhook-signature"), body));
    }

    private ConfigurableApplicationContext start(String database) {
        var app = SpringApplication.run(TavusPlatformApplication.class,
                "--server.port=0", "--platform.api-tokens=hooks-team:" + TOKEN, "--tavus.api-key=",
                "--spring.datasource.url=" + database, "--onboarding.reconcile-enabled=false",
                "--onboarding.sandbox-callback-delay=50ms",
                "--onboarding.callback-signing-key=webhook-forwarding-e2e-signing-key-0123456789",
                "--webhooks.dispatch-interval=100ms", "--webhooks.retry.initial-delay=100ms",
                "--webhooks.retry.max-delay=300ms", "--webhooks.retry.max-attempts=100000", "--webhooks.request-timeout=1s", "--webhooks.lease=5s",
                "--webhooks.connect-timeout=500ms");
        apps.add(app);
        return app;
    }

    private static WebTestClient client(ConfigurableApplicationContext app) {
        var port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(ASYNC).build();
    }

    private static String type(String body) {
        return JSON.readTree(body).path("type").asString();
    }

    /** Verifies independently of the production code: Standard Webhooks, key = base64 after whsec_. */
    private static String hmac(String secret, String content) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
