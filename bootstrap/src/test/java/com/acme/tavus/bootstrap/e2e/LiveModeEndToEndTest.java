package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application in live mode against a fake Tavus on loopback, with no {@code API_TOKENS}
 * and an empty token table: the setup token printed at start must work, the Tavus key must travel only to Tavus, and
 * Tavus's "Invalid conversation_id" must reach the client as a 404.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "platform.api-tokens=",
        "spring.datasource.url=jdbc:h2:mem:live-e2e;DB_CLOSE_DELAY=-1"})
@AutoConfigureWebTestClient(timeout = "30s")
class LiveModeEndToEndTest {

    private static final String TAVUS_KEY = "tvs-live-key-6b1f0c";
    private static final Pattern GENERATED_TOKEN = Pattern.compile("X-API-TOKEN: (tvp_[0-9A-Za-z]{46})");
    private static final FakeTavusServer TAVUS = FakeTavusServer.start();
    private static volatile String setupToken;

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

    @Autowired
    ConversationRecords records;

    @Test
    void createAndEnd_goToTavusWithTheKey_andAreRecorded(CapturedOutput output) {
        var token = generatedToken(output);
        TAVUS.on("POST", "/v2/conversations", FakeResponse.ok("""
                {"conversation_id": "c5a1e0000001", "conversation_name": "Live call",
                 "conversation_url": "https://tavus.daily.co/c5a1e0000001", "status": "active",
                 "created_at": "2025-05-13T06:42:58.291561Z", "brand_new_tavus_field": {"x": 1}}"""));
        TAVUS.on("POST", "/v2/conversations/c5a1e0000001/end", FakeResponse.status(200));

        http.post().uri("/tavus-api-calls/conversations")
                .header("X-API-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"r79e1c033f\", \"conversation_name\": \"Live call\","
                        + " \"properties\": {\"participant_left_timeout\": 60}, \"not_yet_modelled\": true}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Tavus-Mode", "live")
                .expectBody()
                .jsonPath("$.conversation_id").isEqualTo("c5a1e0000001")
                .jsonPath("$.brand_new_tavus_field.x").isEqualTo(1)
                .consumeWith(r -> assertThat(new String(r.getResponseBody())).doesNotContain(TAVUS_KEY));

        var sent = TAVUS.requests().getFirst();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v2/conversations");
        assertThat(sent.header("x-api-key")).isEqualTo(TAVUS_KEY);
        assertThat(sent.body()).contains("\"replica_id\":\"r79e1c033f\"")
                .contains("\"participant_left_timeout\":60")
                .contains("\"not_yet_modelled\":true")
                .doesNotContain("X-API-TOKEN").doesNotContain(token)
                .as("without BACKEND_URL Tavus could not reach the platform: no callback URL is offered")
                .doesNotContain("callback_url");

        http.post().uri("/tavus-api-calls/conversations/c5a1e0000001/end")
                .header("X-API-TOKEN", token)
                .exchange()
                .expectStatus().isOk();

        var row = records.findByConversationId(ConversationId.of("c5a1e0000001")).block();
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.createdBy()).isEqualTo("setup");
        assertThat(output.getAll()).doesNotContain(TAVUS_KEY);
    }

    @Test
    void tavusInvalidId_isA404ForTheClient(CapturedOutput output) {
        TAVUS.on("GET", "/v2/conversations/cunknown", FakeResponse.tavusError(400, "error", "Invalid conversation_id"));

        http.get().uri("/tavus-api-calls/conversations/cunknown/")
                .header("X-API-TOKEN", generatedToken(output))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("conversation cunknown was not found");
    }

    @Test
    void infoShowsLiveModeWithoutTheKey() {
        http.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tavus.mode").isEqualTo("live")
                .consumeWith(r -> assertThat(new String(r.getResponseBody())).doesNotContain(TAVUS_KEY));
    }

    @Test
    void demoPageIsServed_butNoSandboxCallPage() {
        http.get().uri("/tavus-api-calls/demo/").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Tavus-Mode", "live");
        http.get().uri("/sandbox/calls/c5a1e0000001").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isNotEmpty();
    }

    /**
     * docs/openapi.json is exported in sandbox mode ({@code OpenApiExportTest}); clients generated
     * from it must fit live mode too, so nothing mode-specific may appear in the description.
     */
    @Test
    void openApiDescription_isTheCommittedOne_asInSandboxMode() {
        var difference = OpenApiExport.difference(OpenApiExport.committed(), OpenApiExport.fetch(http));
        assertThat(difference).as("live mode's /v3/api-docs against docs/openapi.json (exported in sandbox mode); "
                + "if OpenApiExportTest passes, something mode-specific leaks into the description").isNull();
    }

    /**
     * The setup token, printed once the start-up check (asynchronous) found no token in the database.
     * It may be printed while the first test runs, and each test sees only its own output, so it is
     * kept once found.
     */
    private static String generatedToken(CapturedOutput output) {
        if (setupToken == null) {
            await("a setup token is printed at start").atMost(Duration.ofSeconds(10))
                    .until(() -> GENERATED_TOKEN.matcher(output.getAll()).find());
            var matcher = GENERATED_TOKEN.matcher(output.getAll());
            assertThat(matcher.find()).isTrue();
            setupToken = matcher.group(1);
        }
        return setupToken;
    }
}
