package com.acme.tavus.application.shared.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * A named lock shared by every instance of the platform, so that a periodic job (the onboarding
 * reconciler) runs on one instance at a time (ADR 0020). It is a lease, not a session lock: it
 * is held until a given instant, so a holder that dies without releasing it blocks the others
 * only until its lease ends.
 *
 * <p>Times come from the caller's clock. Instances of one deployment keep their clocks in step
 * (NTP: milliseconds apart), which is nothing next to leases of minutes.
 */
public interface SingleRunnerLock {

    /**
     * Takes the lock {@code name} until {@code now + lease} if nobody holds it at {@code now}: it
     * was never taken, was released, or its lease ended. Of several concurrent callers, on any
     * instances, at most one gets it.
     *
     * @return the held lock, or empty when another holder has it
     */
    Mono<Held> tryAcquire(String name, Instant now, Duration lease);

    /**
     * Gives the lock back, free from {@code freeFrom} on (which may be later than now, so a job
     * that just ran is not run again by another instance right away). Does nothing if the lease
     * already ended and someone else took the lock since: a late release never frees another
     * holder's lock.
     */
    Mono<Void> release(Held held, Instant freeFrom);

    /**
     * One holding of a lock.
     *
     * @param name the lock
     * @param leaseId identifies this holding among all holdings of the lock
     * @param acquiredAt when it was taken
     * @param until when the lease ends unless released earlier
     */
    record Held(String name, String leaseId, Instant acquiredAt, Instant until) {
        public Held {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(leaseId, "leaseId");
            Objects.requireNonNull(acquiredAt, "acquiredAt");
            Objects.requireNonNull(until, "until");
        }
    }
}
