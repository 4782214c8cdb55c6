package com.acme.tavus.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.memory.MemorySingleRunnerLock;
import com.acme.tavus.application.testing.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** Two "instances" (two runners over one lock store) and what each may run when. */
class SingleRunnerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration HOLD = Duration.ofSeconds(54);

    private final MemorySingleRunnerLock lock = new MemorySingleRunnerLock();
    private final MutableClock clock = new MutableClock(T0);
    private final SimpleMeterRegistry metersA = new SimpleMeterRegistry();
    private final SimpleMeterRegistry metersB = new SimpleMeterRegistry();
    private final SingleRunner a = new SingleRunner(lock, "job", LEASE, HOLD, clock, metersA);
    private final SingleRunner b = new SingleRunner(lock, "job", LEASE, HOLD, clock, metersB);

    @Test
    void whileOneInstanceRunsAPass_andForTheHoldTimeAfterItStarted_theOtherSkipsItsPasses() {
        var firstPass = Sinks.<Integer>one();
        var passes = new AtomicInteger();
        var running = a.guard(() -> {
            passes.incrementAndGet();
            return firstPass.asMono();
        }).get().subscribe();

        StepVerifier.create(b.guard(() -> Mono.fromSupplier(passes::incrementAndGet)).get()).verifyComplete();

        firstPass.tryEmitValue(7);
        clock.advance(HOLD.minusSeconds(1));
        StepVerifier.create(b.guard(() -> Mono.fromSupplier(passes::incrementAndGet)).get()).verifyComplete();

        clock.advance(Duration.ofSeconds(1));
        StepVerifier.create(b.guard(() -> Mono.fromSupplier(passes::incrementAndGet)).get())
                .expectNext(2)
                .verifyComplete();
        assertThat(running.isDisposed()).isTrue();
        assertThat(count(metersA, "ran")).isEqualTo(1);
        assertThat(count(metersB, "ran")).isEqualTo(1);
        assertThat(count(metersB, "skipped")).isEqualTo(2);
    }

    @Test
    void aFailedPass_releasesTheLockLikeASuccessfulOne() {
        StepVerifier.create(a.guard(() -> Mono.<Integer>error(new IllegalStateException("Tavus down"))).get())
                .verifyError(IllegalStateException.class);

        clock.advance(HOLD);
        StepVerifier.create(b.guard(() -> Mono.just(1)).get()).expectNext(1).verifyComplete();
    }

    @Test
    void aPassStillRunningWhenTheLeaseEnds_isCutOff_soTwoPassesNeverOverlap() {
        StepVerifier.withVirtualTime(() -> a.guard(Mono::<Integer>never).get())
                .expectSubscription()
                .thenAwait(LEASE)
                .verifyError(TimeoutException.class);

        clock.advance(LEASE);
        StepVerifier.create(b.guard(() -> Mono.just(1)).get()).expectNext(1).verifyComplete();
    }

    private static double count(SimpleMeterRegistry meters, String outcome) {
        return meters.get("platform.jobs.passes").tag("job", "job").tag("outcome", outcome).counter().count();
    }
}
