package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.testing.contract.Concurrently;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Idempotency keys in live mode, counting the calls that reach a fake Tavus on loopback: two
 * concurrent requests with one key (Tavus slow enough that they overlap) make one upstream call;
 * after an upstream failure the key is free, and the retry does call Tavus.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "platform.api-tokens=live-team:LIVE1",
        "spring.datasource.url=jdbc:h2:mem:live-idempotency-e2e;DB_CLOSE_DELAY=-1"})
@AutoConfigureWebTestClient(timeout = "30s")
class LiveModeIdempotencyEndToEndTest {

    private static final FakeTavusServer TAVUS = FakeTavusServer.start();
    private static final String CONVERSATION = """
            {"conversation_id": "c1de0000000%s", "conversation_name": "Once",
             "conversation_url": "https://tavus.daily.co/c1de0000000%s", "status": "active"}""";

    @DynamicPropertySource
    static void pointAtFakeTavus(DynamicPropertyRegistry registry) {
        registry.add("tavus.api-key", () -> "tvs-idempotency-key");
        registry.add("tavus.base-url", () -> TAVUS.baseUrl().toString());
    }

    @AfterAll
    static void stopFakeTavus() {
        TAVUS.close();
    }

    @Autowired
    WebTestClient http;

    @BeforeEach
    void resetTavus() {
        TAVUS.reset();
    }

    @Test
    void twoConcurrentRequestsWithOneKey_makeOneTavusCall_andGetTheSameAnswer() throws Exception {
        TAVUS.on("POST", "/v2/conversations",
                FakeResponse.ok(CONVERSATION.formatted(1, 1)).delayedBy(Duration.ofMillis(400)));
        var key = UUID.randomUUID().toString();

        var answers = Concurrently.times(2, () -> create(key), Duration.ofSeconds(30));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus().value()).isEqualTo(200));
        assertThat(body(answers.get(0))).isEqualTo(body(answers.get(1))).contains("c1de00000001");
        assertThat(answers).filteredOn(a -> "true".equals(a.getResponseHeaders().getFirst("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(createCalls()).isEqualTo(1);
    }

    @Test
    void afterATavusFailure_theSameKeyCallsTavusAgain_thenReplays() {
        var key = UUID.randomUUID().toString();
        TAVUS.enqueue(FakeResponse.tavusError(500, "message", "Internal Server Error"),
                FakeResponse.ok(CONVERSATION.formatted(2, 2)));

        assertThat(create(key).getStatus().value()).isEqualTo(502);
        var retried = create(key);
        var replayed = create(key);

        assertThat(retried.getStatus().value()).isEqualTo(200);
        assertThat(body(replayed)).isEqualTo(body(retried)).contains("c1de00000002");
        assertThat(replayed.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(createCalls()).isEqualTo(2);
    }

    private EntityExchangeResult<byte[]> create(String key) {
        return http.post().uri("/tavus-api-calls/conversations")
                .header("X-API-TOKEN", "LIVE1")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"r79e1c033f\", \"conversation_name\": \"Once\"}")
                .exchange()
                .expectBody(byte[].class)
                .returnResult();
    }

    private static long createCalls() {
        return TAVUS.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v2/conversations"))
                .count();
    }

    private static String body(EntityExchangeResult<byte[]> result) {
        return new String(result.getResponseBody(), StandardCharsets.UTF_8);
    }
}
