package com.acme.tavus.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class UpstreamStatusTest {

    @Test
    void aCallDeepInTheChain_reportsToTheHolderTheEdgePutInTheContext() {
        var holder = new UpstreamStatus();
        var upstreamCall = Mono.deferContextual(context -> {
            UpstreamStatus.report(context, 404);
            UpstreamStatus.report(context, 200); // a second call: the last answer wins
            return Mono.just("done");
        }).subscribeOn(Schedulers.boundedElastic());

        var result = upstreamCall.map(String::toUpperCase).contextWrite(UpstreamStatus.into(holder))
                .block(Duration.ofSeconds(5));

        assertThat(result).isEqualTo("DONE");
        assertThat(holder.value()).isEqualTo(200);
    }

    @Test
    void noHolderInTheContext_isFine_andAnUntouchedHolderHasNoValue() {
        Mono.deferContextual(context -> {
            UpstreamStatus.report(context, 500);
            return Mono.empty();
        }).block(Duration.ofSeconds(5));

        assertThat(new UpstreamStatus().value()).isNull();
    }
}
