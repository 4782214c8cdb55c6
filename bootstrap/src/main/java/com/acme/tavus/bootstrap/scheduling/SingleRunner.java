package com.acme.tavus.bootstrap.scheduling;

import com.acme.tavus.application.shared.port.out.SingleRunnerLock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Lets a periodic pass run on one instance of the deployment at a time (ADR 0020): before each
 * pass it takes the job's {@link SingleRunnerLock}; an instance that does not get it skips that
 * pass. The lock is a lease: a pass is cut off when the lease ends (the next pass resumes where it
 * stopped), so two passes never overlap, and an instance that dies mid-pass holds up the others
 * for one lease at most. After a pass the lock stays closed until {@code minimumHold} after it was
 * taken, so the other instances, ticking at other moments of the same interval, skip instead of
 * repeating the pass at once: one pass per interval for the whole deployment.
 *
 * <p>Counts what each instance did in {@code platform.jobs.passes} (tags {@code job},
 * {@code outcome} = {@code ran} or {@code skipped}).
 */
public final class SingleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SingleRunner.class);

    private final SingleRunnerLock lock;
    private final String job;
    private final Duration lease;
    private final Duration minimumHold;
    private final Clock clock;
    private final Counter ran;
    private final Counter skipped;

    /**
     * @param job the lock's name, the same on every instance
     * @param lease the longest a pass may hold the lock
     * @param minimumHold how long after a pass started the lock stays closed, however fast the pass
     * @param meters where the counters go; {@code null} for nowhere
     */
    public SingleRunner(SingleRunnerLock lock, String job, Duration lease, Duration minimumHold, Clock clock,
            MeterRegistry meters) {
        this.lock = Objects.requireNonNull(lock, "lock");
        this.job = Objects.requireNonNull(job, "job");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.minimumHold = Objects.requireNonNull(minimumHold, "minimumHold");
        this.clock = Objects.requireNonNull(clock, "clock");
        var registry = meters == null ? new SimpleMeterRegistry() : meters;
        this.ran = counter(registry, "ran");
        this.skipped = counter(registry, "skipped");
    }

    private Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("platform.jobs.passes").tag("job", job).tag("outcome", outcome)
                .description("Passes of a periodic job this instance ran, or skipped because another instance held its lock")
                .register(registry);
    }

    /** {@code pass}, run only while holding the lock: its value, or empty when another instance holds the lock. */
    public <T> Supplier<Mono<T>> guard(Supplier<Mono<T>> pass) {
        Objects.requireNonNull(pass, "pass");
        return () -> Mono.usingWhen(
                lock.tryAcquire(job, clock.instant(), lease)
                        .switchIfEmpty(Mono.fromRunnable(() -> {
                            skipped.increment();
                            LOG.debug("{}: another instance holds the lock; skipping this pass", job);
                        })),
                held -> {
                    ran.increment();
                    return Mono.defer(pass).timeout(lease);
                },
                held -> lock.release(held, later(held.acquiredAt().plus(minimumHold), clock.instant())));
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
