package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.port.out.SingleRunnerLock;
import com.acme.tavus.application.shared.port.out.SingleRunnerLock.Held;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What every {@link SingleRunnerLock} must do, as tests: extend it and supply the lock under test.
 * Runs against the memory adapter and the jOOQ adapter on H2 and PostgreSQL. Times are passed in,
 * so leases end without waiting; each test uses lock names of its own, so tests may share a store.
 */
public abstract class SingleRunnerLockContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30Z");
    protected static final Duration LEASE = Duration.ofMinutes(5);

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int RACERS = 12;

    /** The lock under test; may be a new instance on every call, over the same data. */
    protected abstract SingleRunnerLock lock();

    /**
     * The same locks as another instance of the platform sees them (its own pool, its own
     * adapter); by default just {@link #lock()}.
     */
    protected SingleRunnerLock anotherInstance() {
        return lock();
    }

    @Test
    void aLockNeverTaken_isAcquired_untilTheLeaseEnds() {
        var name = newName();

        var held = acquire(lock(), name, T0);

        assertThat(held).isNotNull();
        assertThat(held.name()).isEqualTo(name);
        assertThat(held.acquiredAt()).isEqualTo(T0);
        assertThat(held.until()).isEqualTo(T0.plus(LEASE));
    }

    @Test
    void aHeldLock_isRefusedToEveryoneElse_untilItsLeaseEnds() {
        var name = newName();
        acquire(lock(), name, T0);

        assertThat(acquire(anotherInstance(), name, T0)).isNull();
        assertThat(acquire(lock(), name, T0.plus(LEASE).minusSeconds(1))).as("the holder itself too").isNull();

        var next = acquire(anotherInstance(), name, T0.plus(LEASE));
        assertThat(next).as("a holder that never released it, as a dead one").isNotNull();
        assertThat(next.until()).isEqualTo(T0.plus(LEASE).plus(LEASE));
    }

    @Test
    void aReleasedLock_isFreeFromTheGivenInstant() {
        var name = newName();
        var held = acquire(lock(), name, T0);

        release(lock(), held, T0.plusSeconds(60));

        assertThat(acquire(anotherInstance(), name, T0.plusSeconds(59))).isNull();
        assertThat(acquire(anotherInstance(), name, T0.plusSeconds(60))).isNotNull();
    }

    @Test
    void aLateRelease_neverFreesTheLockOfTheNextHolder() {
        var name = newName();
        var first = acquire(lock(), name, T0);
        var second = acquire(anotherInstance(), name, T0.plus(LEASE).plusSeconds(1));
        assertThat(second).isNotNull();
        assertThat(second.leaseId()).isNotEqualTo(first.leaseId());

        release(lock(), first, T0.plus(LEASE).plusSeconds(2));

        assertThat(acquire(lock(), name, T0.plus(LEASE).plusSeconds(3))).isNull();
    }

    @Test
    void locksOfDifferentNames_areIndependent() {
        var one = newName();
        var other = newName();
        acquire(lock(), one, T0);

        assertThat(acquire(anotherInstance(), other, T0)).isNotNull();
    }

    @Test
    void ofConcurrentCallers_exactlyOneGetsAFreeLock() {
        var name = newName();

        assertThat(race(name, T0)).as("a lock never taken").isEqualTo(1);
        assertThat(race(name, T0.plus(LEASE))).as("a lock whose lease ended").isEqualTo(1);
    }

    private long race(String name, Instant now) {
        return Flux.range(0, RACERS)
                .flatMap(i -> Mono.defer(() -> (i % 2 == 0 ? lock() : anotherInstance()).tryAcquire(name, now, LEASE))
                        .subscribeOn(Schedulers.parallel()))
                .count()
                .block(TIMEOUT);
    }

    protected static Held acquire(SingleRunnerLock lock, String name, Instant now) {
        return lock.tryAcquire(name, now, LEASE).block(TIMEOUT);
    }

    protected static void release(SingleRunnerLock lock, Held held, Instant freeFrom) {
        Objects.requireNonNull(held, "held");
        lock.release(held, freeFrom).block(TIMEOUT);
    }

    protected static String newName() {
        return "job-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
