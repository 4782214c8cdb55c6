package com.acme.tavus.application.onboarding.port.out;

import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * The transaction boundary of callback handling: the raw event ({@code webhook_events}) and its
 * effect on the record ({@code tavus_conversations}) are written together or not at all, so a
 * crash can neither lose an applied event's evidence nor apply an event twice.
 */
public interface CallbackLedger {

    /**
     * In one transaction: stores {@code callback} (failing softly as {@link Outcome#DUPLICATE} when
     * its dedup key or payload hash is already stored, so concurrent redeliveries apply once), then
     * locks the record matching both its tracking id and conversation id, applies {@code effect} and
     * stores the outcome. No matching record: stored as {@link Outcome#UNKNOWN_CONVERSATION}. If
     * {@code effect} or a write fails, nothing is kept and the error is signalled.
     */
    Mono<Recorded> record(ReceivedCallback callback, UnaryOperator<TrackedConversation> effect);

    /**
     * In one transaction: locks the record of {@code conversationId}, applies {@code change} and
     * writes it if it changed. Emits the changed record; empty when there is none or nothing changed.
     */
    Mono<TrackedConversation> update(ConversationId conversationId, UnaryOperator<TrackedConversation> change);

    /**
     * A callback as received, ready to store.
     *
     * @param conversationId as the payload names it; not necessarily a conversation the platform knows
     * @param eventTimestamp when Tavus says it happened; {@code null} if absent or unreadable
     * @param dedupKey equal for redeliveries of the same event (conversation, type, timestamp)
     * @param payloadHash SHA-256 of the raw body, hex: equal bodies are the same delivery
     * @param knownEventType false for event types the platform does not act on
     */
    record ReceivedCallback(
            UUID id,
            Instant receivedAt,
            UUID trackingId,
            String conversationId,
            String eventType,
            Instant eventTimestamp,
            String dedupKey,
            String payloadHash,
            String rawPayload,
            boolean knownEventType) {
        public ReceivedCallback {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(trackingId, "trackingId");
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(eventType, "eventType");
            Objects.requireNonNull(dedupKey, "dedupKey");
            Objects.requireNonNull(payloadHash, "payloadHash");
            Objects.requireNonNull(rawPayload, "rawPayload");
        }
    }

    /**
     * @param changed the record after the effect when the effect changed it, else {@code null}
     */
    record Recorded(Outcome outcome, TrackedConversation changed) {}
}
