package com.acme.tavus.adapter.persistence.conversation;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;

import com.acme.tavus.adapter.persistence.webhook.ConversationEventWriter;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link ConversationRecords} in the {@code tavus_conversations} table, through jOOQ's generated
 * classes (no SQL strings, so a schema change that breaks a query breaks the build).
 *
 * <p>Why the scheduler: JDBC blocks. Every call is deferred until subscription and then runs on
 * Reactor's {@link Schedulers#boundedElastic() bounded-elastic} scheduler, so a Netty event-loop
 * thread never waits on the database. Failures (including mapping failures) arrive as error
 * signals, never as exceptions thrown by these methods.
 *
 * <p>Why no Spring: the bootstrap module builds the {@link DSLContext} (with
 * {@link com.acme.tavus.adapter.persistence.JooqSettings#platformDefaults()}) and passes it in;
 * writes are one transaction each: the row and the outbound events of the change
 * ({@link ConversationEventWriter}, ADR 0016); {@link #update} reads the row {@code FOR UPDATE} first
 * to know what changed.
 *
 * <p>Errors: {@link #add} propagates jOOQ's
 * {@link org.jooq.exception.IntegrityConstraintViolationException} when the id, conversation id or
 * tracking id is already stored; {@link #update} fails with {@link IllegalStateException} when no
 * row has the record's id.
 */
public final class JooqConversationRecords implements ConversationRecords {

    private final DSLContext dsl;

    public JooqConversationRecords(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Void> add(TrackedConversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return onJdbcThread(() -> dsl.transactionResult(configuration -> {
                    var tx = configuration.dsl();
                    var inserted = tx.insertInto(TAVUS_CONVERSATIONS)
                            .set(ConversationRowMapper.toRecord(conversation))
                            .execute();
                    ConversationEventWriter.record(tx, null, conversation);
                    return inserted;
                }))
                .then();
    }

    @Override
    public Mono<TrackedConversation> findByConversationId(ConversationId conversationId) {
        Objects.requireNonNull(conversationId, "conversationId");
        return onJdbcThread(() -> dsl.selectFrom(TAVUS_CONVERSATIONS)
                .where(TAVUS_CONVERSATIONS.CONVERSATION_ID.eq(conversationId.value()))
                .fetchOptional()
                .map(ConversationRowMapper::toDomain)
                .orElse(null));
    }

    @Override
    public Mono<Void> update(TrackedConversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return onJdbcThread(() -> dsl.transactionResult(configuration -> {
            var tx = configuration.dsl();
            var before = tx.selectFrom(TAVUS_CONVERSATIONS)
                    .where(TAVUS_CONVERSATIONS.ID.eq(conversation.id()))
                    .forUpdate()
                    .fetchOptional()
                    .map(ConversationRowMapper::toDomain)
                    .orElseThrow(() -> new IllegalStateException("no conversation record with id " + conversation.id()
                            + " (conversation " + conversation.conversationId() + ")"));
            var row = ConversationRowMapper.toRecord(conversation);
            row.changed(TAVUS_CONVERSATIONS.ID, false);
            var updated = tx.update(TAVUS_CONVERSATIONS)
                    .set(row)
                    .where(TAVUS_CONVERSATIONS.ID.eq(conversation.id()))
                    .execute();
            ConversationEventWriter.record(tx, before, conversation);
            return updated;
        })).then();
    }

    /** Defers {@code work} to subscription time and runs it where blocking is allowed; null → empty. */
    private static <T> Mono<T> onJdbcThread(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
