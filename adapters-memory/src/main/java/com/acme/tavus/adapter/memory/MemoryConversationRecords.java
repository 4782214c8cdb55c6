package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.shared.Page;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tracked conversations ({@code tavus_conversations}) in memory, unique by id, conversation id
 * and tracking id. Reads go to concurrent maps without locking; every write holds one lock, which
 * stands in for the database transaction (the callback ledger and the user store share it, so a
 * callback's event and effect, or a user's deletion and the unlinking of their conversations, are
 * seen together; so do a change and its outbound events in {@link MemoryWebhooks}). Unbounded: see the package documentation.
 */
public final class MemoryConversationRecords implements ConversationRecords, ConversationRecordSearch, OpenConversations {

    private final Map<UUID, TrackedConversation> byId = new ConcurrentHashMap<>();
    private final Map<ConversationId, UUID> idByConversationId = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> idByTrackingId = new ConcurrentHashMap<>();
    /** A monitor, not a ReentrantLock: held for microseconds, and a contended one would park an event-loop thread. */
    private final Object writeLock = new Object();
    private final MemoryWebhooks webhooks;

    /** Records with their own, private webhook outbox (for tests that do not look at it). */
    public MemoryConversationRecords() {
        this(new MemoryWebhooks());
    }

    /** Records whose changes record their outbound events in {@code webhooks}, under the same lock (ADR 0016). */
    public MemoryConversationRecords(MemoryWebhooks webhooks) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    }

    @Override
    public Mono<Void> add(TrackedConversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return Mono.fromRunnable(() -> inTransaction(() -> {
            if (byId.containsKey(conversation.id())
                    || idByConversationId.containsKey(conversation.conversationId())
                    || idByTrackingId.containsKey(conversation.trackingId())) {
                throw new IllegalStateException("a record with the same id, conversation id or tracking id exists: "
                        + conversation.conversationId());
            }
            store(conversation);
            webhooks.record(null, conversation);
            return null;
        }));
    }

    @Override
    public Mono<TrackedConversation> findByConversationId(ConversationId conversationId) {
        return Mono.fromSupplier(() -> {
            var id = idByConversationId.get(conversationId);
            return id == null ? null : byId.get(id);
        });
    }

    @Override
    public Mono<Void> update(TrackedConversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return Mono.fromRunnable(() -> inTransaction(() -> {
            replace(conversation);
            return null;
        }));
    }

    @Override
    public Mono<Page<TrackedConversation>> list(RecordQuery<TrackedConversation.Attribute> query) {
        return Mono.fromSupplier(() -> MemoryRecordQueries.page(byId.values(), query,
                MemoryConversationRecords::attribute, Comparator.comparing(TrackedConversation::id)));
    }

    @Override
    public Flux<TrackedConversation> openCreatedBefore(Instant cutoff, int limit) {
        return Flux.defer(() -> Flux.fromIterable(byId.values().stream()
                .filter(c -> c.status() == TrackingStatus.CREATED || c.status() == TrackingStatus.ACTIVE)
                .filter(c -> c.createdAt().isBefore(cutoff))
                .sorted(Comparator.comparing(TrackedConversation::createdAt).thenComparing(TrackedConversation::id))
                .limit(limit)
                .toList()));
    }

    /** Runs {@code work} holding the write lock: the in-memory stand-in for a transaction. */
    <T> T inTransaction(Supplier<T> work) {
        synchronized (writeLock) {
            return work.get();
        }
    }

    /** The record with this tracking id and conversation id; call inside {@link #inTransaction}. */
    TrackedConversation find(UUID trackingId, String conversationId) {
        var id = idByTrackingId.get(trackingId);
        var current = id == null ? null : byId.get(id);
        return current != null && current.conversationId().value().equals(conversationId) ? current : null;
    }

    /** Replaces the stored record with the same id; call inside {@link #inTransaction}. */
    void replace(TrackedConversation conversation) {
        var current = byId.get(conversation.id());
        if (current == null) {
            throw new IllegalStateException("no record " + conversation.id());
        }
        var otherConversation = idByConversationId.get(conversation.conversationId());
        var otherTracking = idByTrackingId.get(conversation.trackingId());
        if ((otherConversation != null && !otherConversation.equals(conversation.id()))
                || (otherTracking != null && !otherTracking.equals(conversation.id()))) {
            throw new IllegalStateException("another record has the conversation id or tracking id of " + conversation.id());
        }
        // New entries first, stale keys after: a reader never finds an existing record missing.
        store(conversation);
        webhooks.record(current, conversation);
        if (!current.conversationId().equals(conversation.conversationId())) {
            idByConversationId.remove(current.conversationId(), conversation.id());
        }
        if (!current.trackingId().equals(conversation.trackingId())) {
            idByTrackingId.remove(current.trackingId(), conversation.id());
        }
    }

    /** What deleting an onboarding user does to their conversations: kept, unlinked; call inside {@link #inTransaction}. */
    void unlinkUser(UUID userId) {
        byId.replaceAll((id, c) -> userId.equals(c.userId())
                ? new TrackedConversation(c.id(), null, c.conversationId(), c.conversationUrl(), c.trackingId(),
                        c.email(), c.status(), c.createdAt(), c.completedAt(), c.transcript(), c.durationSeconds(),
                        c.metadata(), c.completionUrl(), c.personaId(), c.replicaId(), c.conversationName(),
                        c.createdBy(), c.updatedAt(), c.transcriptLines())
                : c);
    }

    private void store(TrackedConversation conversation) {
        byId.put(conversation.id(), conversation);
        idByConversationId.put(conversation.conversationId(), conversation.id());
        idByTrackingId.put(conversation.trackingId(), conversation.id());
    }

    /** Applies {@code change} to the record of {@code conversationId}; the changed record, or null. */
    TrackedConversation change(ConversationId conversationId, UnaryOperator<TrackedConversation> change) {
        return inTransaction(() -> {
            var id = idByConversationId.get(conversationId);
            var current = id == null ? null : byId.get(id);
            if (current == null) {
                return null;
            }
            var next = change.apply(current);
            if (next == current) {
                return null;
            }
            replace(next);
            return next;
        });
    }

    private static Object attribute(TrackedConversation c, TrackedConversation.Attribute attribute) {
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
}
