package com.acme.tavus.adapter.persistence.scheduling;

import static com.acme.tavus.adapter.persistence.jooq.Tables.JOB_LOCKS;

import com.acme.tavus.adapter.persistence.UniqueViolations;
import com.acme.tavus.application.shared.port.out.SingleRunnerLock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link SingleRunnerLock} in the {@code job_locks} table, the scheme ShedLock uses (ADR 0020):
 * one row per lock, taken by one conditional statement, so the database decides between
 * instances. Acquiring is an {@code UPDATE ... WHERE locked_until <= now} of the existing row (on
 * PostgreSQL a concurrent second update waits for the first, re-reads the row and finds it taken),
 * or, for a lock never taken before, an {@code INSERT} that the primary key lets one instance make
 * (a unique violation reads as "taken"). Releasing is an {@code UPDATE} conditioned on the lease
 * id. Every statement commits on its own, on the bounded-elastic scheduler.
 *
 * <p>Times are stored in UTC, truncated to microseconds (PostgreSQL's precision).
 */
public final class JooqSingleRunnerLock implements SingleRunnerLock {

    private final DSLContext dsl;
    private final String instance;

    /**
     * @param instance who this instance is, for people reading the table (the host name: in
     *     Kubernetes, the pod's name)
     */
    public JooqSingleRunnerLock(DSLContext dsl, String instance) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    @Override
    public Mono<Held> tryAcquire(String name, Instant now, Duration lease) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        return onJdbcThread(() -> {
            var start = micros(now);
            var held = new Held(name, UUID.randomUUID().toString(), start, micros(now.plus(lease)));
            var updated = dsl.update(JOB_LOCKS)
                    .set(JOB_LOCKS.LEASE_ID, held.leaseId())
                    .set(JOB_LOCKS.LOCKED_BY, instance)
                    .set(JOB_LOCKS.LOCKED_AT, utc(held.acquiredAt()))
                    .set(JOB_LOCKS.LOCKED_UNTIL, utc(held.until()))
                    .where(JOB_LOCKS.LOCK_NAME.eq(name))
                    .and(JOB_LOCKS.LOCKED_UNTIL.le(utc(start)))
                    .execute();
            if (updated == 1) {
                return held;
            }
            return insertFirst(held) ? held : null;
        });
    }

    private boolean insertFirst(Held held) {
        try {
            dsl.insertInto(JOB_LOCKS)
                    .set(JOB_LOCKS.LOCK_NAME, held.name())
                    .set(JOB_LOCKS.LEASE_ID, held.leaseId())
                    .set(JOB_LOCKS.LOCKED_BY, instance)
                    .set(JOB_LOCKS.LOCKED_AT, utc(held.acquiredAt()))
                    .set(JOB_LOCKS.LOCKED_UNTIL, utc(held.until()))
                    .execute();
            return true;
        } catch (RuntimeException error) {
            if (UniqueViolations.isUniqueViolation(error)) {
                return false;
            }
            throw error;
        }
    }

    @Override
    public Mono<Void> release(Held held, Instant freeFrom) {
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(freeFrom, "freeFrom");
        return onJdbcThread(() -> dsl.update(JOB_LOCKS)
                .set(JOB_LOCKS.LOCKED_UNTIL, utc(micros(freeFrom)))
                .where(JOB_LOCKS.LOCK_NAME.eq(held.name()))
                .and(JOB_LOCKS.LEASE_ID.eq(held.leaseId()))
                .execute())
                .then();
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> Mono<T> onJdbcThread(Callable<T> statement) {
        return Mono.fromCallable(statement).subscribeOn(Schedulers.boundedElastic());
    }
}
