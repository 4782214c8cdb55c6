package com.acme.tavus.application.testing.contract;

import com.acme.tavus.application.onboarding.port.out.CallbackLedger.ReceivedCallback;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Records the persistence contracts (and an adapter's own tests) set up: fresh ids every time. */
public final class ContractFixtures {

    private ContractFixtures() {}

    /** A new conversation id, {@code c} and 11 hex digits, as Tavus hands them out. */
    public static ConversationId newConversationId() {
        return ConversationId.of("c" + UUID.randomUUID().toString().replace("-", "").substring(0, 11));
    }

    /** A conversation just started for tracking at {@code at} (status {@code created}), of {@code userId} (may be null). */
    public static TrackedConversation trackedConversation(UUID userId, Instant at) {
        return trackedConversation(userId, at, "contract");
    }

    /** As {@link #trackedConversation(UUID, Instant)}, started by {@code createdBy}. */
    public static TrackedConversation trackedConversation(UUID userId, Instant at, String createdBy) {
        var id = newConversationId();
        var created = new Conversation(id, "Onboarding", "https://tavus.daily.co/" + id.value(), ConversationStatus.ACTIVE,
                null, null, PersonaId.of("p5317866"), "2026-03-01T10:00:00Z", null, null, Map.of());
        var request = new ConversationRequest(null, PersonaId.of("p5317866"), null, "Onboarding", null, null, null,
                null, null, null, null, null, null, null, null, null);
        var record = TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(), created, request,
                Participant.NONE, new Actor(createdBy), at);
        return userId == null ? record : new TrackedConversation(record.id(), userId, record.conversationId(),
                record.conversationUrl(), record.trackingId(), record.email(), record.status(), record.createdAt(),
                record.completedAt(), record.transcript(), record.durationSeconds(), record.metadata(),
                record.completionUrl(), record.personaId(), record.replicaId(), record.conversationName(),
                record.createdBy(), record.updatedAt(), record.transcriptLines());
    }

    /**
     * A callback about {@code c} of {@code type} that happened at {@code timestamp}, received at
     * {@code receivedAt}: its dedup key is conversation, type and timestamp, its hash follows the payload.
     */
    public static ReceivedCallback callback(TrackedConversation c, String type, String timestamp, String payload,
            Instant receivedAt) {
        return new ReceivedCallback(UUID.randomUUID(), receivedAt, c.trackingId(), c.conversationId().value(), type,
                Instant.parse(timestamp), c.conversationId().value() + "|" + type + "|" + timestamp,
                Integer.toHexString(payload.hashCode()) + "-" + c.conversationId().value(), payload, true);
    }
}
