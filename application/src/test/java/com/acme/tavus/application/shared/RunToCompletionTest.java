package com.acme.tavus.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class RunToCompletionTest {

    @Test
    void aCallerThatCancels_doesNotStopTheWork_whichKeepsTheCallersContext() throws InterruptedException {
        var finished = new CountDownLatch(1);
        var seenRequest = new AtomicReference<String>();
        var work = Mono.delay(Duration.ofMillis(100))
                .flatMap(tick -> Mono.deferContextual(context -> {
                    seenRequest.set(context.getOrDefault("request", "none"));
                    finished.countDown();
                    return Mono.just("recorded");
                }));

        var subscription = RunToCompletion.evenIfCancelled(work)
                .contextWrite(context -> context.put("request", "r-1"))
                .subscribe();
        subscription.dispose();

        assertThat(finished.await(5, TimeUnit.SECONDS)).as("the work ran to its end").isTrue();
        assertThat(seenRequest.get()).isEqualTo("r-1");
    }

    @Test
    void aCallerStillListening_getsTheResultOrTheError() {
        StepVerifier.create(RunToCompletion.evenIfCancelled(Mono.just("created"))).expectNext("created").verifyComplete();
        StepVerifier.create(RunToCompletion.evenIfCancelled(Mono.error(new IllegalStateException("Tavus said no"))))
                .expectErrorMessage("Tavus said no").verify();
        StepVerifier.create(RunToCompletion.evenIfCancelled(Mono.empty())).verifyComplete();
    }

    @Test
    void withoutIt_theSameCancellationStopsTheWork() throws InterruptedException {
        var finished = new CountDownLatch(1);
        var work = Mono.delay(Duration.ofMillis(100)).doOnNext(tick -> finished.countDown());

        work.subscribe().dispose();

        assertThat(finished.await(500, TimeUnit.MILLISECONDS)).isFalse();
    }
}
