package com.acme.tavus.adapter.persistence.conversation;

import com.acme.tavus.adapter.persistence.jooq.tables.records.TavusConversationsRecord;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps a {@link TrackedConversation} to a {@code tavus_conversations} row and back, column by
 * column. Hand-written on purpose: every conversion the database forces is visible here.
 *
 * <ul>
 *   <li>Timestamps are written as UTC {@link OffsetDateTime}s, truncated to microseconds (the
 *       precision of both H2 and PostgreSQL, which would otherwise round nanoseconds each its own
 *       way); any offset read back is normalised to an {@link Instant}.
 *   <li>{@code metadata} is a JSON object in a text column (CLOB on H2): written as {@code {}} when
 *       empty, and a {@code NULL} or blank column reads as an empty map. Numbers read back as
 *       Integer, Long, BigInteger or Double, lists as List and objects as Map, in document order.
 *   <li>{@code transcript_json} holds the transcript as Tavus sent it (a JSON array of
 *       {@code {role, content}}), {@code NULL} when there is none; {@code transcript} its text.
 *   <li>{@code status} is stored in the wire vocabulary ({@link TrackingStatus#value()}).
 *   <li>Resource ids are stored as their plain values; a blank persona or replica id (possible in
 *       rows written by older tools) reads as absent.
 * </ul>
 */
final class ConversationRowMapper {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> JSON_OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<Map<String, Object>>> TRANSCRIPT = new TypeReference<>() {};

    private ConversationRowMapper() {}

    static TavusConversationsRecord toRecord(TrackedConversation c) {
        var row = new TavusConversationsRecord();
        row.setId(c.id());
        row.setUserId(c.userId());
        row.setConversationId(c.conversationId().value());
        row.setConversationUrl(c.conversationUrl());
        row.setTavusTrackingId(c.trackingId());
        row.setEmail(c.email());
        row.setStatus(c.status().value());
        row.setCreatedAt(toColumn(c.createdAt()));
        row.setCompletedAt(toColumn(c.completedAt()));
        row.setTranscript(c.transcript());
        row.setDurationSeconds(c.durationSeconds());
        row.setMetadata(metadataToColumn(c.metadata()));
        row.setCompletionUrl(c.completionUrl());
        row.setPersonaId(c.personaId() == null ? null : c.personaId().value());
        row.setReplicaId(c.replicaId() == null ? null : c.replicaId().value());
        row.setConversationName(c.conversationName());
        row.setCreatedBy(c.createdBy());
        row.setUpdatedAt(toColumn(c.updatedAt()));
        row.setTranscriptJson(transcriptToColumn(c.transcriptLines()));
        return row;
    }

    static TrackedConversation toDomain(TavusConversationsRecord row) {
        return new TrackedConversation(
                row.getId(),
                row.getUserId(),
                ConversationId.of(row.getConversationId()),
                row.getConversationUrl(),
                row.getTavusTrackingId(),
                row.getEmail(),
                TrackingStatus.fromValue(row.getStatus()),
                toInstant(row.getCreatedAt()),
                toInstant(row.getCompletedAt()),
                row.getTranscript(),
                row.getDurationSeconds(),
                metadataFromColumn(row.getMetadata(), row.getConversationId()),
                row.getCompletionUrl(),
                optionalId(row.getPersonaId(), PersonaId::of),
                optionalId(row.getReplicaId(), ReplicaId::of),
                row.getConversationName(),
                row.getCreatedBy(),
                toInstant(row.getUpdatedAt()),
                transcriptFromColumn(row.getTranscriptJson(), row.getConversationId()));
    }

    /** {@code NULL} when there is no structured transcript, so "none" and "empty" stay apart from older rows. */
    static String transcriptToColumn(List<TranscriptLine> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        return JSON.writeValueAsString(lines.stream()
                .map(line -> Map.of("role", line.role(), "content", line.content()))
                .toList());
    }

    static List<TranscriptLine> transcriptFromColumn(String column, String conversationId) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            var parsed = JSON.readValue(column, TRANSCRIPT);
            return parsed.stream()
                    .map(turn -> new TranscriptLine(String.valueOf(turn.get("role")),
                            turn.get("content") == null ? "" : String.valueOf(turn.get("content"))))
                    .toList();
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "transcript_json of conversation record " + conversationId + " is not a JSON array", e);
        }
    }

    static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant toInstant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }

    static String metadataToColumn(Map<String, Object> metadata) {
        return JSON.writeValueAsString(metadata == null ? Map.of() : metadata);
    }

    static Map<String, Object> metadataFromColumn(String column, String conversationId) {
        if (column == null || column.isBlank()) {
            return Map.of();
        }
        try {
            var parsed = JSON.readValue(column, JSON_OBJECT);
            return parsed == null ? Map.of() : parsed;
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "metadata of conversation record " + conversationId + " is not a JSON object", e);
        }
    }

    private static <T> T optionalId(String value, Function<String, T> factory) {
        return value == null || value.isBlank() ? null : factory.apply(value);
    }
}
