package com.acme.tavus.adapter.web.edge;

import static com.acme.tavus.adapter.web.WebLayerTestApplication.BROKEN_STORE_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebLayerTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

    private static final String LIST = "/tavus-api-calls/conversations/list/";

    @Autowired
    WebTestClient client;

    @Test
    void withoutOne_aRandomUuidIsGiven() {
        var id = client.get().uri(LIST).header("X-API-TOKEN", TOKEN).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIdFilter.HEADER);

        assertThat(UUID.fromString(id)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc-123", "client.trace_01", "x"})
    void aWellFormedClientId_isKept(String id) {
        client.get().uri(LIST).header("X-API-TOKEN", TOKEN).header(RequestIdFilter.HEADER, id).exchange()
                .expectHeader().valueEquals(RequestIdFilter.HEADER, id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "semi;colon", "<script>", "line\tbreak"})
    void anIllFormedClientId_isReplaced_notEchoed(String id) {
        var answered = client.get().uri(LIST).header("X-API-TOKEN", TOKEN).header(RequestIdFilter.HEADER, id)
                .exchange().returnResult(String.class).getResponseHeaders().getFirst(RequestIdFilter.HEADER);

        assertThat(answered).isNotEqualTo(id);
        assertThat(UUID.fromString(answered)).isNotNull();
    }

    @Test
    void anOverlongClientId_isReplaced() {
        var longest = "a".repeat(128);
        client.get().uri(LIST).header("X-API-TOKEN", TOKEN).header(RequestIdFilter.HEADER, longest).exchange()
                .expectHeader().valueEquals(RequestIdFilter.HEADER, longest);
        var answered = client.get().uri(LIST).header("X-API-TOKEN", TOKEN).header(RequestIdFilter.HEADER, longest + "a")
                .exchange().returnResult(String.class).getResponseHeaders().getFirst(RequestIdFilter.HEADER);
        assertThat(answered).hasSize(36);
    }

    @Test
    void refusalsAndErrorsCarryItToo() {
        client.get().uri(LIST).header(RequestIdFilter.HEADER, "no-token").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(RequestIdFilter.HEADER, "no-token");
        client.get().uri("/nope").header("X-API-TOKEN", TOKEN).header(RequestIdFilter.HEADER, "no-route").exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals(RequestIdFilter.HEADER, "no-route");
    }

    @Test
    void errorLogLines_nameTheRequest(CapturedOutput output) {
        client.get().uri(LIST).header("X-API-TOKEN", BROKEN_STORE_TOKEN).header(RequestIdFilter.HEADER, "trace-503")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(RequestIdFilter.HEADER, "trace-503");

        assertThat(output).contains("[request trace-503] Unexpected error answering GET " + LIST);
    }
}
