package com.acme.tavus.adapter.persistence.webhook;

import static com.acme.tavus.adapter.persistence.jooq.Tables.CONVERSATION_EVENTS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_DELIVERIES;
import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_SUBSCRIPTIONS;

import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.webhook.ConversationEvent;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Records the outbound events of a conversation change, and one pending delivery per current
 * subscription, on the caller's transaction: the conversation repositories call it right after
 * writing the row, so the change and its events commit together (ADR 0016). Without any
 * subscription nothing is written. An event already stored (same id) is not stored again.
 */
public final class ConversationEventWriter {

    private ConversationEventWriter() {}

    /** Call inside the transaction that writes {@code after}; {@code before} is null for a new record. */
    public static void record(DSLContext tx, TrackedConversation before, TrackedConversation after) {
        var events = ConversationEvent.between(before, after);
        if (events.isEmpty()) {
            return;
        }
        var subscriptions = tx.select(WEBHOOK_SUBSCRIPTIONS.ID).from(WEBHOOK_SUBSCRIPTIONS).fetch(WEBHOOK_SUBSCRIPTIONS.ID);
        if (subscriptions.isEmpty()) {
            return;
        }
        for (var event : events) {
            if (tx.fetchExists(CONVERSATION_EVENTS, CONVERSATION_EVENTS.ID.eq(event.id()))) {
                continue;
            }
            var seq = tx.insertInto(CONVERSATION_EVENTS)
                    .set(CONVERSATION_EVENTS.ID, event.id())
                    .set(CONVERSATION_EVENTS.EVENT_TYPE, event.type().value())
                    .set(CONVERSATION_EVENTS.CONVERSATION_ID, event.conversationId())
                    .set(CONVERSATION_EVENTS.OCCURRED_AT, WebhookColumns.toColumn(event.occurredAt()))
                    .set(CONVERSATION_EVENTS.BODY, event.body())
                    .returningResult(CONVERSATION_EVENTS.SEQ)
                    .fetchSingle()
                    .value1();
            var at = WebhookColumns.toColumn(event.occurredAt());
            for (var subscription : subscriptions) {
                tx.insertInto(WEBHOOK_DELIVERIES)
                        .set(WEBHOOK_DELIVERIES.ID, UUID.randomUUID())
                        .set(WEBHOOK_DELIVERIES.SUBSCRIPTION_ID, subscription)
                        .set(WEBHOOK_DELIVERIES.EVENT_SEQ, seq)
                        .set(WEBHOOK_DELIVERIES.CONVERSATION_ID, event.conversationId())
                        .set(WEBHOOK_DELIVERIES.STATUS, WebhookColumns.PENDING)
                        .set(WEBHOOK_DELIVERIES.ATTEMPTS, 0)
                        .set(WEBHOOK_DELIVERIES.CREATED_AT, at)
                        .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, at)
                        .execute();
            }
        }
    }
}
