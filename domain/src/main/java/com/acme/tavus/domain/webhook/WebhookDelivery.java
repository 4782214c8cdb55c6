package com.acme.tavus.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event on its way to one subscription: the row the dispatcher claims, sends and marks.
 *
 * @param attempts how many attempts have finished (answered or failed)
 * @param nextAttemptAt when it is due (pending) or was last tried
 * @param lastStatus the HTTP status of the last answer, or {@code null} (none yet, or no answer)
 * @param lastError why the last attempt failed, short and log-safe; {@code null} after a success
 */
public record WebhookDelivery(UUID id, UUID subscriptionId, UUID eventId, ConversationEventType eventType,
        String conversationId, DeliveryStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
        Instant deliveredAt, Integer lastStatus, String lastError) {

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }
}
