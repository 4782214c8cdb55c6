package com.acme.tavus.application.testing;

import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.shared.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** A {@link ConversationRecords} in a map, for use-case and web tests. */
public class InMemoryConversationRecords implements ConversationRecords, ConversationRecordSearch {

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

    @Override
    public Mono<Page<TrackedConversation>> list(RecordQuery<TrackedConversation.Attribute> query) {
        return Mono.fromSupplier(() -> InMemoryRecords.page(byId.values(), query, InMemoryConversationRecords::attribute,
                Comparator.comparing(TrackedConversation::id)));
    }

    /** What deleting an onboarding user does to their conversations: kept, unlinked. */
    void unlinkUser(UUID userId) {
        byId.replaceAll((id, c) -> userId.equals(c.userId())
                ? new TrackedConversation(c.id(), null, c.conversationId(), c.conversationUrl(), c.trackingId(),
                        c.email(), c.status(), c.createdAt(), c.completedAt(), c.transcript(), c.durationSeconds(),
                        c.metadata(), c.completionUrl(), c.personaId(), c.replicaId(), c.conversationName(),
                        c.createdBy(), c.updatedAt(), c.transcriptLines())
                : c);
    }

    static Object attribute(TrackedConversation c, TrackedConversation.Attribute attribute) {
        return switch (attribute) {
            case CONVERSATION_ID -> c.conversationId().value();
            case CONVERSATION_NAME -> c.conversationName();
            case EMAIL -> c.email();
            case STATUS -> c.status().value();
            case CREATED_AT -> c.createdAt();
            case COMPLETED_AT -> c.completedAt();
            case DURATION_SECONDS -> c.durationSeconds();
            case PERSONA_ID -> c.personaId() == null ? null : c.personaId().value();
            case REPLICA_ID -> c.replicaId() == null ? null : c.replicaId().value();
            case CREATED_BY -> c.createdBy();
            case USER_ID -> c.userId();
            case TRANSCRIPT -> c.transcript();
            case UPDATED_AT -> c.updatedAt();
        };
    }

    public List<TrackedConversation> all() {
        return List.copyOf(byId.values());
    }
}
