package com.acme.tavus.application.testing;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** A {@link ConversationRecords} in a map, for use-case and web tests. */
public class InMemoryConversationRecords implements ConversationRecords {

    private final Map<UUID, TrackedConversation> byId = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> add(TrackedConversation conversation) {
        return Mono.fromRunnable(() -> {
            var clash = byId.values().stream().anyMatch(existing ->
                    existing.conversationId().equals(conversation.conversationId())
                            || existing.trackingId().equals(conversation.trackingId()));
            if (clash || byId.putIfAbsent(conversation.id(), conversation) != null) {
                throw new IllegalStateException("duplicate record for " + conversation.conversationId());
            }
        });
    }

    @Override
    public Mono<TrackedConversation> findByConversationId(ConversationId conversationId) {
        return Mono.justOrEmpty(byId.values().stream()
                .filter(c -> c.conversationId().equals(conversationId))
                .findFirst());
    }

    @Override
    public Mono<Void> update(TrackedConversation conversation) {
        return Mono.fromRunnable(() -> {
            if (byId.replace(conversation.id(), conversation) == null) {
                throw new IllegalStateException("no record " + conversation.id());
            }
        });
    }

    public List<TrackedConversation> all() {
        return List.copyOf(byId.values());
    }
}
