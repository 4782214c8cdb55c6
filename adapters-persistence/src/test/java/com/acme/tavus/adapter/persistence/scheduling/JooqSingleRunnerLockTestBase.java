package com.acme.tavus.adapter.persistence.scheduling;

import static com.acme.tavus.adapter.persistence.jooq.Tables.JOB_LOCKS;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.testing.StatementThreads;
import com.acme.tavus.application.shared.port.out.SingleRunnerLock;
import com.acme.tavus.application.testing.contract.SingleRunnerLockContract;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The port contract plus what is specific to the jOOQ adapter (the row people read, threading), for any database. */
abstract class JooqSingleRunnerLockTestBase extends SingleRunnerLockContract {

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected SingleRunnerLock lock() {
        return new JooqSingleRunnerLock(dsl(), "pod-a");
    }

    @Override
    protected SingleRunnerLock anotherInstance() {
        return new JooqSingleRunnerLock(dsl(), "pod-b");
    }

    @Test
    void theRowSaysWhoHoldsTheLockAndUntilWhen() {
        var name = newName();
        var held = acquire(lock(), name, T0);

        var row = dsl().selectFrom(JOB_LOCKS).where(JOB_LOCKS.LOCK_NAME.eq(name)).fetchSingle();

        assertThat(row.getLockedBy()).isEqualTo("pod-a");
        assertThat(row.getLeaseId()).isEqualTo(held.leaseId());
        assertThat(row.getLockedAt().toInstant()).isEqualTo(T0);
        assertThat(row.getLockedUntil().toInstant()).isEqualTo(T0.plus(LEASE));
    }

    @Test
    void everyStatementRunsOnTheBoundedElasticScheduler() {
        var threads = new CopyOnWriteArrayList<String>();
        var lock = new JooqSingleRunnerLock(StatementThreads.recordedInto(dsl(), threads), "pod-a");
        var name = newName();

        var held = acquire(lock, name, T0);
        acquire(lock, name, T0);
        release(lock, held, T0);

        assertThat(threads).isNotEmpty().allSatisfy(thread -> assertThat(thread).startsWith("boundedElastic-"));
    }
}
