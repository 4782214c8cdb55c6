package com.acme.tavus.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class TavusModeHeaderFilterTest {

    @Test
    void filter_addsTheModeHeaderWhenTheResponseIsWritten() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/anything"));
        var filter = new TavusModeHeaderFilter("LIVE");

        StepVerifier.create(filter.filter(exchange, e -> e.getResponse().setComplete())).verifyComplete();

        assertThat(exchange.getResponse().getHeaders().getFirst("X-Tavus-Mode")).isEqualTo("live");
    }

    @Test
    void filter_addsTheHeaderEvenWhenSomethingDownstreamClearsHeaders() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/anything"));

        StepVerifier.create(new TavusModeHeaderFilter("sandbox").filter(exchange, e -> Mono.defer(() -> {
            e.getResponse().getHeaders().clear();
            return e.getResponse().setComplete();
        }))).verifyComplete();

        assertThat(exchange.getResponse().getHeaders().getFirst("X-Tavus-Mode")).isEqualTo("sandbox");
    }

    @Test
    void constructor_acceptsOnlySandboxOrLive() {
        assertThat(new TavusModeHeaderFilter(" Sandbox ").mode()).isEqualTo("sandbox");
        assertThatIllegalArgumentException().isThrownBy(() -> new TavusModeHeaderFilter("staging"));
        assertThatIllegalArgumentException().isThrownBy(() -> new TavusModeHeaderFilter(null));
    }
}
