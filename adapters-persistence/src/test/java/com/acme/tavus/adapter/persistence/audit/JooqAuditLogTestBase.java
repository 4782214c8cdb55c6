package com.acme.tavus.adapter.persistence.audit;

import static com.acme.tavus.adapter.persistence.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.application.testing.contract.AuditLogContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/** The contract plus what is specific to the jOOQ adapter, for any database. */
public abstract class JooqAuditLogTestBase extends AuditLogContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected AuditLog log() {
        return new JooqAuditLog(dsl());
    }

    @Test
    void aBatchIsOneInsertStatement_runOnTheBoundedElasticScheduler() {
        var statements = new CopyOnWriteArrayList<String>();
        var threads = new CopyOnWriteArrayList<String>();
        var listened = dsl().configuration()
                .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext ctx) {
                        statements.add(ctx.sql());
                        threads.add(Thread.currentThread().getName());
                    }
                }))
                .dsl();
        var actor = newActor();

        new JooqAuditLog(listened)
                .append(IntStream.range(0, 25).mapToObj(i -> entry(actor, T0, "r" + i)).toList())
                .block(TIMEOUT);

        assertThat(statements).hasSize(1).first().asString().startsWithIgnoringCase("insert");
        assertThat(threads).allSatisfy(name -> assertThat(name).startsWith("boundedElastic-"));
        assertThat(dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTOR.eq(actor))).isEqualTo(25);
    }

    @Test
    void timestampsAreStoredInUtcTruncatedToMicroseconds() {
        var actor = newActor();
        append(List.of(entry(actor, Instant.parse("2026-03-01T10:15:30.123456789Z"), "r")));

        assertThat(page(actor, null, null).data().getFirst().at()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
    }
}
