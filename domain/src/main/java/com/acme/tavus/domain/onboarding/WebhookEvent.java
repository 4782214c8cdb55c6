package com.acme.tavus.domain.onboarding;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A Tavus callback as the platform stored it: one row of {@code webhook_events}, kept raw for
 * inspection, with what the platform did with it. Never changed after it is stored.
 *
 * @param conversationId as the payload named it; may match no conversation
 * @param trackingId the signed {@code t} parameter of the callback URL
 * @param eventTimestamp when Tavus says it happened; {@code null} if absent or unreadable
 * @param payload the request body exactly as received
 * @param outcome {@code applied}, {@code no_change}, {@code unknown_event_type} or {@code unknown_conversation}
 */
public record WebhookEvent(
        UUID id,
        Instant receivedAt,
        String conversationId,
        UUID trackingId,
        String eventType,
        Instant eventTimestamp,
        String dedupKey,
        String payloadSha256,
        String payload,
        String outcome) {

    /** What can be sorted on, searched or filtered by when listing events. */
    public enum Attribute { RECEIVED_AT, CONVERSATION_ID, EVENT_TYPE, EVENT_TIMESTAMP, OUTCOME }

    public WebhookEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(outcome, "outcome");
    }
}
