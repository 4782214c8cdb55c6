package com.acme.tavus.domain.conversation;

import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.ExtraFields;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The platform's own record of a conversation it created on Tavus: one row of
 * {@code tavus_conversations}. Tavus owns the live call; this record owns what the platform knows
 * about it (who started it, for which user, how it ended, the transcript).
 *
 * <p>Lifecycle: {@code created → active → completed}, or {@code → deleted} from any state. Moves
 * only go forward ({@link TrackingStatus#canMoveTo}), so replaying or reordering events leaves the
 * same final record. Transitions return a new instance; when nothing changes they return
 * {@code this}, which lets callers skip a needless write.
 *
 * @param trackingId the platform's internal id for the conversation, independent of Tavus's id
 * @param userId the onboarding user, or {@code null} for conversations created through the proxy
 * @param metadata free-form facts gathered along the way (shutdown reason, perception analysis)
 * @param createdBy the name of the API token that created the conversation
 * @param transcriptLines the transcript as Tavus sent it, line by line; {@code transcript} is its
 *     readable text form
 */
public record TrackedConversation(
        UUID id,
        UUID userId,
        ConversationId conversationId,
        String conversationUrl,
        UUID trackingId,
        String email,
        TrackingStatus status,
        Instant createdAt,
        Instant completedAt,
        String transcript,
        Integer durationSeconds,
        Map<String, Object> metadata,
        String completionUrl,
        PersonaId personaId,
        ReplicaId replicaId,
        String conversationName,
        String createdBy,
        Instant updatedAt,
        List<TranscriptLine> transcriptLines) {

    /**
     * What can be sorted on, searched or filtered by when listing records. {@code TRANSCRIPT} and
     * {@code USER_ID} are mostly asked "is it there?".
     */
    public enum Attribute {
        CONVERSATION_ID, CONVERSATION_NAME, EMAIL, STATUS, CREATED_AT, COMPLETED_AT, DURATION_SECONDS, PERSONA_ID,
        REPLICA_ID, CREATED_BY, USER_ID, TRANSCRIPT, UPDATED_AT
    }

    public TrackedConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        metadata = ExtraFields.copyOf(metadata);
        transcriptLines = transcriptLines == null ? List.of() : List.copyOf(transcriptLines);
    }

    /** A record without a structured transcript (rows of the proxy flow, older rows). */
    public TrackedConversation(
            UUID id,
            UUID userId,
            ConversationId conversationId,
            String conversationUrl,
            UUID trackingId,
            String email,
            TrackingStatus status,
            Instant createdAt,
            Instant completedAt,
            String transcript,
            Integer durationSeconds,
            Map<String, Object> metadata,
            String completionUrl,
            PersonaId personaId,
            ReplicaId replicaId,
            String conversationName,
            String createdBy,
            Instant updatedAt) {
        this(id, userId, conversationId, conversationUrl, trackingId, email, status, createdAt, completedAt,
                transcript, durationSeconds, metadata, completionUrl, personaId, replicaId, conversationName,
                createdBy, updatedAt, List.of());
    }

    /** Who the conversation is for, when it was made for a known user (onboarding). */
    public record Participant(UUID userId, String email) {
        public static final Participant NONE = new Participant(null, null);
    }

    /**
     * Starts tracking a conversation Tavus has just created. Ids Tavus echoed back win over the ones
     * requested (a persona may have supplied its default replica); a conversation Tavus created
     * already ended ({@code test_mode}) starts completed.
     */
    public static TrackedConversation startTracking(
            UUID id,
            UUID trackingId,
            Conversation created,
            ConversationRequest requested,
            Participant participant,
            Actor actor,
            Instant now) {
        var replica = created.replicaId() != null ? created.replicaId() : requested.replicaId();
        var persona = created.personaId() != null ? created.personaId() : requested.personaId();
        var name = created.name() != null ? created.name() : requested.conversationName();
        var ended = created.status().isEnded();
        return new TrackedConversation(id, participant.userId(), created.id(), created.url(), trackingId,
                participant.email(), ended ? TrackingStatus.COMPLETED : TrackingStatus.CREATED, now,
                ended ? now : null, null, ended ? 0 : null, Map.of(), null, persona, replica, name,
                actor.name(), now);
    }

    public boolean isCompleted() {
        return status == TrackingStatus.COMPLETED;
    }

    /** The replica joined the room: the call is live. Ignored once the call is over. */
    public TrackedConversation joined(Instant at) {
        return moveTo(TrackingStatus.ACTIVE, at);
    }

    /**
     * The call is over. Records when it ended and, unless already known, how long it lasted
     * (measured from creation, as Tavus bills it).
     */
    public TrackedConversation ended(Instant at) {
        if (!status.canMoveTo(TrackingStatus.COMPLETED)) {
            return this;
        }
        var duration = durationSeconds != null
                ? durationSeconds
                : (int) Math.max(0, Duration.between(createdAt, at).toSeconds());
        return with(TrackingStatus.COMPLETED, at, duration, metadata, at);
    }

    /**
     * The call ended at {@code endedAt} (as Tavus reported it), learned at {@code now}. Unlike
     * {@link #ended(Instant)} the end time comes from the event, so a late delivery does not move it.
     */
    public TrackedConversation ended(Instant endedAt, Instant now) {
        if (!status.canMoveTo(TrackingStatus.COMPLETED)) {
            return this;
        }
        var duration = durationSeconds != null
                ? durationSeconds
                : (int) Math.max(0, Duration.between(createdAt, endedAt).toSeconds());
        return with(TrackingStatus.COMPLETED, endedAt, duration, metadata, now);
    }

    /**
     * A copy with the transcript, kept both line by line and as readable text ({@code "user: ...\n
     * assistant: ..."}, without the system prompt). {@code this} when the same transcript is there.
     */
    public TrackedConversation withTranscript(List<TranscriptLine> lines, Instant now) {
        var copy = List.copyOf(lines);
        if (copy.equals(transcriptLines)) {
            return this;
        }
        return new TrackedConversation(id, userId, conversationId, conversationUrl, trackingId, email, status,
                createdAt, completedAt, TranscriptLine.readableText(copy), durationSeconds, metadata, completionUrl,
                personaId, replicaId, conversationName, createdBy, now, copy);
    }

    /** A copy pointing at the call's recording; {@code this} when it already does. */
    public TrackedConversation withCompletionUrl(String url, Instant now) {
        if (Objects.equals(completionUrl, url)) {
            return this;
        }
        return new TrackedConversation(id, userId, conversationId, conversationUrl, trackingId, email, status,
                createdAt, completedAt, transcript, durationSeconds, metadata, url, personaId, replicaId,
                conversationName, createdBy, now, transcriptLines);
    }

    /**
     * A copy with {@code key} set only if it is not there yet: the first report of a fact wins, so
     * a late or repeated event cannot overwrite it.
     */
    public TrackedConversation withMetadataIfAbsent(String key, Object value, Instant at) {
        return metadata.containsKey(key) ? this : withMetadata(key, value, at);
    }

    /** The conversation was deleted on Tavus. The record stays, marked deleted. */
    public TrackedConversation deleted(Instant at) {
        if (!status.canMoveTo(TrackingStatus.DELETED)) {
            return this;
        }
        var finishedAt = completedAt != null ? completedAt : at;
        return with(TrackingStatus.DELETED, finishedAt, durationSeconds, metadata, at);
    }

    /** A copy with {@code key} set in the metadata; {@code this} when the value is already there. */
    public TrackedConversation withMetadata(String key, Object value, Instant at) {
        if (Objects.equals(metadata.get(key), value)) {
            return this;
        }
        var merged = new LinkedHashMap<>(metadata);
        merged.put(key, value);
        return with(status, completedAt, durationSeconds, merged, at);
    }

    private TrackedConversation moveTo(TrackingStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            return this;
        }
        return with(next, completedAt, durationSeconds, metadata, at);
    }

    private TrackedConversation with(
            TrackingStatus newStatus,
            Instant newCompletedAt,
            Integer newDuration,
            Map<String, Object> newMetadata,
            Instant at) {
        return new TrackedConversation(id, userId, conversationId, conversationUrl, trackingId, email,
                newStatus, createdAt, newCompletedAt, transcript, newDuration, newMetadata, completionUrl,
                personaId, replicaId, conversationName, createdBy, at, transcriptLines);
    }
}
