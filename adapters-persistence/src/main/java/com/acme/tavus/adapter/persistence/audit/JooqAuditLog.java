package com.acme.tavus.adapter.persistence.audit;

import static com.acme.tavus.adapter.persistence.jooq.Tables.AUDIT_LOG;

import com.acme.tavus.adapter.persistence.jooq.tables.records.AuditLogRecord;
import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Page;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link AuditLog} in the {@code audit_log} table. A batch is one multi-row {@code INSERT}; a page
 * is a count and a select (with the filter's criteria as one condition) ordered by time, then by the identity column (storage order), both
 * descending. Like every repository here, each call runs on the bounded-elastic scheduler because
 * JDBC blocks. Timestamps are stored as UTC, truncated to microseconds.
 */
public final class JooqAuditLog implements AuditLog {

    private final DSLContext dsl;

    public JooqAuditLog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Void> append(List<AuditEntry> entries) {
        var batch = List.copyOf(Objects.requireNonNull(entries, "entries"));
        if (batch.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> {
                    var insert = dsl.insertInto(AUDIT_LOG,
                            AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.REQUEST_ID, AUDIT_LOG.ACTOR, AUDIT_LOG.HTTP_METHOD,
                            AUDIT_LOG.ROUTE, AUDIT_LOG.RESOURCE_ID, AUDIT_LOG.STATUS, AUDIT_LOG.UPSTREAM_STATUS,
                            AUDIT_LOG.LATENCY_MS);
                    for (var entry : batch) {
                        insert = insert.values(toColumn(entry.at()), entry.requestId(), entry.actor(), entry.method(),
                                entry.route(), entry.resourceId(), entry.status(), entry.upstreamStatus(),
                                entry.latencyMillis());
                    }
                    return insert.execute();
                })
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    @Override
    public Mono<Page<AuditEntry>> page(AuditFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return Mono.fromCallable(() -> {
                    var matches = conditions(filter);
                    var total = dsl.fetchCount(AUDIT_LOG, matches);
                    var rows = dsl.selectFrom(AUDIT_LOG)
                            .where(matches)
                            .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                            .limit(filter.limit())
                            .offset(filter.offset())
                            .fetch(JooqAuditLog::toDomain);
                    return new Page<>(rows, total);
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** {@link AuditFilter#matches} in SQL. */
    private static Condition conditions(AuditFilter filter) {
        var matches = DSL.noCondition();
        if (filter.actor() != null) {
            matches = matches.and(AUDIT_LOG.ACTOR.eq(filter.actor()));
        }
        if (filter.method() != null) {
            matches = matches.and(AUDIT_LOG.HTTP_METHOD.eq(filter.method()));
        }
        if (filter.statusClass() != null) {
            matches = matches.and(AUDIT_LOG.STATUS.between(filter.statusClass() * 100, filter.statusClass() * 100 + 99));
        }
        if (filter.from() != null) {
            matches = matches.and(AUDIT_LOG.OCCURRED_AT.ge(toColumn(filter.from())));
        }
        if (filter.until() != null) {
            matches = matches.and(AUDIT_LOG.OCCURRED_AT.lt(toColumn(filter.until())));
        }
        if (filter.search() != null) {
            matches = matches.and(AUDIT_LOG.RESOURCE_ID.eq(filter.search())
                    .or(AUDIT_LOG.REQUEST_ID.eq(filter.search()))
                    .or(AUDIT_LOG.ACTOR.eq(filter.search())));
        }
        return matches;
    }

    private static AuditEntry toDomain(AuditLogRecord row) {
        return new AuditEntry(row.getOccurredAt().toInstant(), row.getRequestId(), row.getActor(), row.getHttpMethod(),
                row.getRoute(), row.getResourceId(), row.getStatus(), row.getUpstreamStatus(), row.getLatencyMs());
    }

    private static OffsetDateTime toColumn(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
