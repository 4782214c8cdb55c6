package com.acme.tavus.adapter.web.edge;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.MAX_BODY_BYTES;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/** Bodies above {@code MAX_BODY_BYTES} are 413 on every route, however they arrive. */
@WebLayerTest
class RequestBodyLimitTest {

    private static final String CREATE = "/tavus-api-calls/conversations/";
    private static final String TOO_LARGE = "Request body is too large";

    @Autowired
    WebTestClient client;

    @Autowired
    ScriptedConversationProvider provider;

    @BeforeEach
    void reset() {
        provider.reset();
    }

    @Test
    void aDeclaredLengthAboveTheLimit_is413_beforeAnythingIsRead() {
        var body = "{\"replica_id\": \"r1\", \"conversational_context\": \"" + "x".repeat(MAX_BODY_BYTES) + "\"}";

        expectError(client.post().uri(CREATE).header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 413, TOO_LARGE);
        assertThat(provider.calls()).isEmpty();
    }

    @Test
    void aStreamedBodyWithoutLength_is413_whenItCrossesTheLimit() {
        var chunk = "x".repeat(16 * 1024);
        var chunks = Flux.concat(
                Flux.just(buffer("{\"replica_id\": \"r1\", \"conversational_context\": \"")),
                Flux.range(0, MAX_BODY_BYTES / chunk.length() + 2).map(i -> buffer(chunk)),
                Flux.just(buffer("\"}")));

        expectError(client.post().uri(CREATE).header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).body(BodyInserters.fromDataBuffers(chunks)).exchange(),
                413, TOO_LARGE);
        assertThat(provider.calls()).isEmpty();
    }

    @Test
    void theSignedCallbackIsLimitedToo() {
        expectError(client.post().uri("/api/v1/tavus/callback?t=x&sig=y")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"x\": \"" + "y".repeat(MAX_BODY_BYTES) + "\"}")
                .exchange(), 413, TOO_LARGE);
    }

    @Test
    void aBodyWithinTheLimit_isServed() {
        client.post().uri(CREATE).header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"r1\", \"conversational_context\": \"" + "x".repeat(100_000) + "\"}")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void withoutAToken_theAnswerIs401_andTheBodyIsNotLookedAt() {
        expectError(client.post().uri(CREATE).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"x\": \"" + "y".repeat(MAX_BODY_BYTES) + "\"}").exchange(),
                401, "Missing or invalid X-API-TOKEN header");
    }

    private static DataBuffer buffer(String text) {
        return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
