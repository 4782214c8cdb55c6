package com.acme.tavus.application.onboarding;

import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.onboarding.CallbackEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a record is closed from what Tavus reports about an ended conversation, shared by the
 * reconciler and the admin's "refresh from Tavus": its events (when present) are applied exactly
 * like callbacks, then the record is closed if they did not close it, with
 * {@code metadata.shutdown_reason} and {@code metadata.completion_source} set to {@code source}
 * unless already known.
 */
final class ConversationClosing {

    private ConversationClosing() {}

    /** The change that closes a record ({@code conversation} {@code null}: Tavus no longer knows it). */
    static UnaryOperator<TrackedConversation> closeFrom(Conversation conversation, Instant now, String source) {
        var events = conversation == null ? List.<CallbackEvent>of() : events(conversation);
        return current -> {
            var next = current;
            for (var event : events) {
                next = event.applyTo(next, now);
            }
            if (!next.status().isFinished()) {
                next = next.ended(now, now).withMetadataIfAbsent("shutdown_reason", source, now);
            }
            return next == current ? current : next.withMetadataIfAbsent("completion_source", source, now);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<CallbackEvent> events(Conversation conversation) {
        if (!(conversation.extraFields().get("events") instanceof List<?> raw)) {
            return List.of();
        }
        return raw.stream()
                .filter(e -> e instanceof Map<?, ?> m && m.get("event_type") instanceof String)
                .map(e -> (Map<String, Object>) e)
                .map(e -> new CallbackEvent((String) e.get("event_type"),
                        e.get("timestamp") instanceof String t ? TavusTimestamps.parse(t) : null,
                        e.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of()))
                .toList();
    }
}
