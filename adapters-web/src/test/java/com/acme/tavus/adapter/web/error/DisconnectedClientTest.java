package com.acme.tavus.adapter.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.test.StepVerifier;

/**
 * A client that hangs up mid-request is not an error to answer: writing to its closed connection
 * only failed again and logged two ERROR lines with stack traces per hang-up.
 */
class DisconnectedClientTest {

    private final MockServerWebExchange exchange =
            MockServerWebExchange.from(MockServerHttpRequest.post("/tavus-api-calls/conversations/"));

    @Test
    void aClientThatHungUp_getsNoAnswerWritten() {
        StepVerifier.create(new ApiExceptionHandler().handle(new IOException("Broken pipe"), exchange))
                .verifyComplete();
        StepVerifier.create(new JsonErrorWebExceptionHandler().handle(exchange, new IOException("Connection reset by peer")))
                .verifyComplete();
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    @Test
    void anyOtherFailure_isStillAnsweredAsJson() {
        StepVerifier.create(new ApiExceptionHandler().handle(new IllegalStateException("boom"), exchange))
                .assertNext(answer -> {
                    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
                    assertThat(answer.getBody()).isNotNull();
                })
                .verifyComplete();
    }
}
