package com.acme.tavus.domain.webhook;

import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One outbound event about a tracked conversation, with the exact JSON body every subscriber
 * receives (computed once, so each retry and each URL gets the same bytes and signature input).
 *
 * <p>Ids are deterministic: a name-based UUID of the conversation's tracking id and the event
 * type. A conversation has each event at most once (its status only moves forward, its transcript
 * arrives once), so the id is stable even if the same change were ever derived twice, and a
 * receiver that deduplicates by {@code webhook-id} never sees it twice.
 *
 * @param conversationId Tavus's conversation id
 * @param occurredAt when the change was applied (the record's {@code updated_at}), microseconds
 * @param body the JSON payload: {@code {"id","type","timestamp","data":{...}}}
 */
public record ConversationEvent(UUID id, ConversationEventType type, String conversationId, Instant occurredAt, String body) {

    public ConversationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The events a change of a tracked conversation causes, oldest first; {@code before} is
     * {@code null} when {@code after} was just created. No change, no event.
     */
    public static List<ConversationEvent> between(TrackedConversation before, TrackedConversation after) {
        Objects.requireNonNull(after, "after");
        var types = new ArrayList<ConversationEventType>();
        var previous = before == null ? null : before.status();
        if (before == null) {
            types.add(ConversationEventType.CREATED);
        }
        if (after.status() != previous) {
            switch (after.status()) {
                case ACTIVE -> types.add(ConversationEventType.ACTIVE);
                case COMPLETED -> types.add(ConversationEventType.COMPLETED);
                case DELETED -> types.add(ConversationEventType.DELETED);
                case CREATED -> { }
            }
        }
        var transcriptArrived = hasTranscript(after) && (before == null || !hasTranscript(before));
        if (transcriptArrived && !types.contains(ConversationEventType.COMPLETED)) {
            types.add(ConversationEventType.TRANSCRIPT_READY);
        }
        var at = after.updatedAt().truncatedTo(ChronoUnit.MICROS);
        return types.stream().map(type -> of(type, after, at)).toList();
    }

    static ConversationEvent of(ConversationEventType type, TrackedConversation conversation, Instant at) {
        var id = UUID.nameUUIDFromBytes((conversation.trackingId() + "|" + type.value()).getBytes(StandardCharsets.UTF_8));
        var data = new LinkedHashMap<String, Object>();
        data.put("conversation_id", conversation.conversationId().value());
        data.put("conversation_name", conversation.conversationName());
        data.put("status", conversation.status().value());
        data.put("created_at", conversation.createdAt().truncatedTo(ChronoUnit.MICROS).toString());
        data.put("created_by", conversation.createdBy());
        data.put("persona_id", conversation.personaId() == null ? null : conversation.personaId().value());
        data.put("replica_id", conversation.replicaId() == null ? null : conversation.replicaId().value());
        if (conversation.status() == TrackingStatus.COMPLETED || type == ConversationEventType.TRANSCRIPT_READY) {
            data.put("completed_at", conversation.completedAt() == null ? null
                    : conversation.completedAt().truncatedTo(ChronoUnit.MICROS).toString());
            data.put("duration_seconds", conversation.durationSeconds());
            data.put("shutdown_reason", conversation.metadata().get("shutdown_reason"));
        }
        if (type == ConversationEventType.COMPLETED || type == ConversationEventType.TRANSCRIPT_READY) {
            data.put("transcript", transcript(conversation));
        }
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("id", id.toString());
        envelope.put("type", type.value());
        envelope.put("timestamp", at.toString());
        envelope.put("data", data);
        return new ConversationEvent(id, type, conversation.conversationId().value(), at, JsonText.write(envelope));
    }

    /** The structured transcript when there is one, else the text one as a single line; null when none. */
    private static List<Map<String, Object>> transcript(TrackedConversation conversation) {
        if (!conversation.transcriptLines().isEmpty()) {
            return conversation.transcriptLines().stream()
                    .map(ConversationEvent::line)
                    .toList();
        }
        return conversation.transcript() == null ? null
                : List.of(line(new TranscriptLine("transcript", conversation.transcript())));
    }

    /** Role first, then content: a fixed key order, so the body's bytes are fixed too. */
    private static Map<String, Object> line(TranscriptLine line) {
        var json = new LinkedHashMap<String, Object>();
        json.put("role", line.role());
        json.put("content", line.content());
        return json;
    }

    private static boolean hasTranscript(TrackedConversation conversation) {
        return !conversation.transcriptLines().isEmpty() || conversation.transcript() != null;
    }
}
