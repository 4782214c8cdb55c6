package com.acme.tavus.bootstrap.support;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Proves the guard is really on: without it every "no blocking" claim of this suite is empty. */
class BlockHoundIsActiveTest {

    @Test
    void blockingOnANonBlockingThread_fails() {
        var blocking = Mono.fromCallable(() -> {
            Thread.sleep(1);
            return "slept";
        }).subscribeOn(Schedulers.parallel());

        StepVerifier.create(blocking)
                .expectErrorMatches(e -> e.getClass().getName().equals("reactor.blockhound.BlockingOperationError"))
                .verify(Duration.ofSeconds(5));
    }
}
