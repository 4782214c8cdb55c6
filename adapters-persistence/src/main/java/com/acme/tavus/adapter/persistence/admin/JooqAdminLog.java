package com.acme.tavus.adapter.persistence.admin;

import static com.acme.tavus.adapter.persistence.jooq.Tables.ADMIN_LOG;

import com.acme.tavus.adapter.persistence.JooqRecordQueries;
import com.acme.tavus.adapter.persistence.jooq.tables.records.AdminLogRecord;
import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminLogEntry;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@link AdminLog} in {@code admin_log}: inserts only, read newest or oldest first with the id as tie-breaker. */
public final class JooqAdminLog implements AdminLog {

    private final DSLContext dsl;

    public JooqAdminLog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Void> add(AdminLogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return Mono.fromCallable(() -> dsl.insertInto(ADMIN_LOG)
                        .set(ADMIN_LOG.ID, entry.id())
                        .set(ADMIN_LOG.ACTION_TIME, JooqRecordQueries.toColumn(entry.actionTime()))
                        .set(ADMIN_LOG.ADMIN_USER_ID, entry.adminUserId())
                        .set(ADMIN_LOG.ADMIN_USERNAME, entry.adminUsername())
                        .set(ADMIN_LOG.MODEL_NAME, entry.model())
                        .set(ADMIN_LOG.OBJECT_ID, entry.objectId())
                        .set(ADMIN_LOG.OBJECT_REPR, entry.objectRepr())
                        .set(ADMIN_LOG.ACTION_FLAG, entry.action().value())
                        .set(ADMIN_LOG.CHANGE_MESSAGE, entry.message())
                        .execute())
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    @Override
    public Flux<AdminLogEntry> recentBy(UUID adminUserId, int limit) {
        return Mono.fromCallable(() -> dsl.selectFrom(ADMIN_LOG)
                        .where(ADMIN_LOG.ADMIN_USER_ID.eq(adminUserId))
                        .orderBy(ADMIN_LOG.ACTION_TIME.desc(), ADMIN_LOG.ID.desc())
                        .limit(limit)
                        .fetch(JooqAdminLog::toDomain))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapIterable(entries -> entries);
    }

    @Override
    public Flux<AdminLogEntry> forObject(String model, String objectId, int limit) {
        return Mono.fromCallable(() -> dsl.selectFrom(ADMIN_LOG)
                        .where(ADMIN_LOG.MODEL_NAME.eq(model))
                        .and(ADMIN_LOG.OBJECT_ID.eq(objectId))
                        .orderBy(ADMIN_LOG.ACTION_TIME.desc(), ADMIN_LOG.ID.desc())
                        .limit(limit)
                        .fetch(JooqAdminLog::toDomain)
                        .reversed())
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapIterable(entries -> entries);
    }

    private static AdminLogEntry toDomain(AdminLogRecord row) {
        return new AdminLogEntry(row.getId(), JooqRecordQueries.toInstant(row.getActionTime()), row.getAdminUserId(),
                row.getAdminUsername(), row.getModelName(), row.getObjectId(), row.getObjectRepr(),
                AdminLogAction.fromValue(row.getActionFlag()), row.getChangeMessage());
    }
}
