package com.acme.tavus.domain.onboarding;

import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TranscriptLine;
import com.acme.tavus.domain.shared.ExtraFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One conversation callback from Tavus (TAVUS_API.md §7.1), reduced to what changes the record:
 * its type, when it happened and its {@code properties}.
 *
 * <p>Why order does not matter: every effect is either a forward-only status move or a fact set
 * once ({@link TrackedConversation#withMetadataIfAbsent}), and the end time comes from the event,
 * not from when it arrived. Applying the same events in any order gives the same record.
 *
 * @param timestamp when Tavus says the event happened; {@code null} when it sent none (the time of
 *     receipt is used for status moves then)
 */
public record CallbackEvent(String eventType, Instant timestamp, Map<String, Object> properties) {

    public static final String REPLICA_JOINED = "system.replica_joined";
    public static final String SHUTDOWN = "system.shutdown";
    public static final String TRANSCRIPTION_READY = "application.transcription_ready";
    public static final String RECORDING_READY = "application.recording_ready";
    public static final String PERCEPTION_ANALYSIS = "application.perception_analysis";

    private static final List<String> KNOWN_TYPES =
            List.of(REPLICA_JOINED, SHUTDOWN, TRANSCRIPTION_READY, RECORDING_READY, PERCEPTION_ANALYSIS);

    public CallbackEvent {
        Objects.requireNonNull(eventType, "eventType");
        properties = ExtraFields.copyOf(properties);
    }

    /** True for the event types that change the record; others are stored and acknowledged only. */
    public boolean isKnownType() {
        return KNOWN_TYPES.contains(eventType);
    }

    /** {@code current} with this event's effect; {@code current} itself when nothing changes. */
    public TrackedConversation applyTo(TrackedConversation current, Instant now) {
        var at = timestamp != null ? timestamp : now;
        return switch (eventType) {
            case REPLICA_JOINED -> current.joined(now);
            case SHUTDOWN -> {
                var ended = current.ended(at, now);
                var reason = text("shutdown_reason");
                yield reason == null ? ended : ended.withMetadataIfAbsent("shutdown_reason", reason, now);
            }
            case TRANSCRIPTION_READY -> current.transcriptLines().isEmpty()
                    ? current.withTranscript(transcript(), now) : current;
            case RECORDING_READY -> recordingReady(current, now);
            case PERCEPTION_ANALYSIS -> {
                var analysis = properties.get("analysis");
                yield analysis == null ? current : current.withMetadataIfAbsent("perception_analysis", analysis, now);
            }
            default -> current;
        };
    }

    private TrackedConversation recordingReady(TrackedConversation current, Instant now) {
        var url = recordingUrl();
        var withUrl = url == null || current.completionUrl() != null ? current : current.withCompletionUrl(url, now);
        var facts = new LinkedHashMap<String, Object>();
        for (var key : List.of("bucket_name", "s3_key", "duration", "url", "recording_url")) {
            if (properties.get(key) != null) {
                facts.put(key, properties.get(key));
            }
        }
        return facts.isEmpty() ? withUrl : withUrl.withMetadataIfAbsent("recording", facts, now);
    }

    /** A URL Tavus sent, else {@code s3://bucket/key} built from where it stored the recording. */
    private String recordingUrl() {
        for (var key : List.of("recording_url", "url", "download_url")) {
            var value = text(key);
            if (value != null) {
                return value;
            }
        }
        var bucket = text("bucket_name");
        var key = text("s3_key");
        if (bucket == null || key == null) {
            return null;
        }
        return "s3://" + bucket + "/" + (key.startsWith("/") ? key.substring(1) : key);
    }

    private List<TranscriptLine> transcript() {
        if (!(properties.get("transcript") instanceof List<?> entries)) {
            return List.of();
        }
        var lines = new ArrayList<TranscriptLine>();
        for (var entry : entries) {
            if (entry instanceof Map<?, ?> turn && turn.get("role") instanceof String role) {
                var content = turn.get("content");
                lines.add(new TranscriptLine(role, content == null ? "" : content.toString()));
            }
        }
        return List.copyOf(lines);
    }

    private String text(String key) {
        return properties.get(key) instanceof String value && !value.isBlank() ? value : null;
    }
}
