package com.acme.tavus.adapter.persistence.conversation;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_EVENTS;

import com.acme.tavus.adapter.persistence.UniqueViolations;
import com.acme.tavus.adapter.persistence.webhook.ConversationEventWriter;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link CallbackLedger} in {@code webhook_events} and {@code tavus_conversations}, each call one
 * jOOQ transaction on the bounded-elastic scheduler (JDBC blocks).
 *
 * <p>Exactly once: the event row is inserted first; the unique {@code dedup_key} and
 * {@code payload_sha256} make a concurrent second delivery wait for the first and then fail, which
 * rolls its transaction back and reports {@link Outcome#DUPLICATE}. The conversation row is read
 * {@code FOR UPDATE}, so two different events of one conversation apply one after the other and
 * neither overwrites the other's effect. A change records its outbound events
 * ({@link ConversationEventWriter}) in the same transaction (ADR 0016).
 */
public final class JooqCallbackLedger implements CallbackLedger {

    private static final String RECEIVED = "received";

    private final DSLContext dsl;

    public JooqCallbackLedger(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Recorded> record(ReceivedCallback callback, UnaryOperator<TrackedConversation> effect) {
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(effect, "effect");
        return Mono.fromCallable(() -> {
            try {
                return dsl.transactionResult(configuration -> {
                    var tx = configuration.dsl();
                    insertEvent(tx, callback);
                    var current = tx.selectFrom(TAVUS_CONVERSATIONS)
                            .where(TAVUS_CONVERSATIONS.TAVUS_TRACKING_ID.eq(callback.trackingId()))
                            .and(TAVUS_CONVERSATIONS.CONVERSATION_ID.eq(callback.conversationId()))
                            .forUpdate()
                            .fetchOptional()
                            .map(ConversationRowMapper::toDomain)
                            .orElse(null);
                    Recorded recorded;
                    if (current == null) {
                        recorded = new Recorded(Outcome.UNKNOWN_CONVERSATION, null);
                    } else {
                        var next = effect.apply(current);
                        if (next != current) {
                            write(tx, next);
                            ConversationEventWriter.record(tx, current, next);
                        }
                        recorded = new Recorded(outcome(callback, current, next), next == current ? null : next);
                    }
                    tx.update(WEBHOOK_EVENTS)
                            .set(WEBHOOK_EVENTS.OUTCOME, recorded.outcome().value())
                            .where(WEBHOOK_EVENTS.ID.eq(callback.id()))
                            .execute();
                    return recorded;
                });
            } catch (DuplicateDelivery duplicate) {
                return new Recorded(Outcome.DUPLICATE, null);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<TrackedConversation> update(ConversationId conversationId, UnaryOperator<TrackedConversation> change) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(change, "change");
        return Mono.fromCallable(() -> dsl.transactionResult(configuration -> {
            var tx = configuration.dsl();
            var current = tx.selectFrom(TAVUS_CONVERSATIONS)
                    .where(TAVUS_CONVERSATIONS.CONVERSATION_ID.eq(conversationId.value()))
                    .forUpdate()
                    .fetchOptional()
                    .map(ConversationRowMapper::toDomain)
                    .orElse(null);
            if (current == null) {
                return null;
            }
            var next = change.apply(current);
            if (next == current) {
                return null;
            }
            write(tx, next);
            ConversationEventWriter.record(tx, current, next);
            return next;
        })).subscribeOn(Schedulers.boundedElastic());
    }

    private static Outcome outcome(ReceivedCallback callback, TrackedConversation before, TrackedConversation after) {
        if (!callback.knownEventType()) {
            return Outcome.UNKNOWN_EVENT_TYPE;
        }
        return after == before ? Outcome.NO_CHANGE : Outcome.APPLIED;
    }

    private static void insertEvent(DSLContext tx, ReceivedCallback callback) {
        try {
            tx.insertInto(WEBHOOK_EVENTS)
                    .set(WEBHOOK_EVENTS.ID, callback.id())
                    .set(WEBHOOK_EVENTS.RECEIVED_AT, ConversationRowMapper.toColumn(callback.receivedAt()))
                    .set(WEBHOOK_EVENTS.CONVERSATION_ID, callback.conversationId())
                    .set(WEBHOOK_EVENTS.TAVUS_TRACKING_ID, callback.trackingId())
                    .set(WEBHOOK_EVENTS.EVENT_TYPE, callback.eventType())
                    .set(WEBHOOK_EVENTS.EVENT_TIMESTAMP, ConversationRowMapper.toColumn(callback.eventTimestamp()))
                    .set(WEBHOOK_EVENTS.DEDUP_KEY, callback.dedupKey())
                    .set(WEBHOOK_EVENTS.PAYLOAD_SHA256, callback.payloadHash())
                    .set(WEBHOOK_EVENTS.PAYLOAD, callback.rawPayload())
                    .set(WEBHOOK_EVENTS.OUTCOME, RECEIVED)
                    .execute();
        } catch (RuntimeException error) {
            if (UniqueViolations.isUniqueViolation(error)) {
                throw new DuplicateDelivery();
            }
            throw error;
        }
    }

    private static void write(DSLContext tx, TrackedConversation next) {
        var row = ConversationRowMapper.toRecord(next);
        row.changed(TAVUS_CONVERSATIONS.ID, false);
        tx.update(TAVUS_CONVERSATIONS).set(row).where(TAVUS_CONVERSATIONS.ID.eq(next.id())).execute();
    }

    /** Thrown inside the transaction so it rolls back; never leaves this class. */
    private static final class DuplicateDelivery extends RuntimeException {
        DuplicateDelivery() {
            super("callback already stored", null, false, false);
        }
    }
}
