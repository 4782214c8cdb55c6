package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import com.acme.tavus.domain.shared.Page;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * The stored callbacks ({@code webhook_events}) next to {@link MemoryConversationRecords}, written
 * under the records' lock so an event and its effect are kept together or not at all. Unique by
 * dedup key and by payload hash, like the table. Unbounded: see the package documentation.
 */
public final class MemoryCallbackLedger implements CallbackLedger, WebhookEvents {

    private final MemoryConversationRecords records;
    private final Map<UUID, WebhookEvent> byId = new ConcurrentHashMap<>();
    private final Set<String> dedupKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> payloadHashes = ConcurrentHashMap.newKeySet();

    public MemoryCallbackLedger(MemoryConversationRecords records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public Mono<Recorded> record(ReceivedCallback callback, UnaryOperator<TrackedConversation> effect) {
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(effect, "effect");
        return Mono.fromCallable(() -> records.inTransaction(() -> {
            if (byId.containsKey(callback.id()) || dedupKeys.contains(callback.dedupKey())
                    || payloadHashes.contains(callback.payloadHash())) {
                return new Recorded(Outcome.DUPLICATE, null);
            }
            var current = records.find(callback.trackingId(), callback.conversationId());
            Recorded recorded;
            if (current == null) {
                recorded = new Recorded(Outcome.UNKNOWN_CONVERSATION, null);
            } else {
                // The effect runs before anything is stored: if it (or the write) fails, nothing is kept.
                var next = effect.apply(current);
                if (next != current) {
                    records.replace(next);
                }
                recorded = new Recorded(outcome(callback, current, next), next == current ? null : next);
            }
            store(callback, recorded.outcome());
            return recorded;
        }));
    }

    @Override
    public Mono<TrackedConversation> update(ConversationId conversationId, UnaryOperator<TrackedConversation> change) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(change, "change");
        return Mono.fromCallable(() -> records.change(conversationId, change));
    }

    @Override
    public Mono<Page<WebhookEvent>> list(RecordQuery<WebhookEvent.Attribute> query) {
        return Mono.fromSupplier(() -> MemoryRecordQueries.page(byId.values(), query, MemoryCallbackLedger::attribute,
                Comparator.comparing(WebhookEvent::id)));
    }

    @Override
    public Mono<WebhookEvent> findById(UUID id) {
        return Mono.fromSupplier(() -> byId.get(id));
    }

    private void store(ReceivedCallback c, Outcome outcome) {
        dedupKeys.add(c.dedupKey());
        payloadHashes.add(c.payloadHash());
        byId.put(c.id(), new WebhookEvent(c.id(), c.receivedAt(), c.conversationId(), c.trackingId(), c.eventType(),
                c.eventTimestamp(), c.dedupKey(), c.payloadHash(), c.rawPayload(), outcome.value()));
    }

    private static Outcome outcome(ReceivedCallback callback, TrackedConversation before, TrackedConversation after) {
        if (!callback.knownEventType()) {
            return Outcome.UNKNOWN_EVENT_TYPE;
        }
        return after == before ? Outcome.NO_CHANGE : Outcome.APPLIED;
    }

    private static Object attribute(WebhookEvent event, WebhookEvent.Attribute attribute) {
        return switch (attribute) {
            case RECEIVED_AT -> event.receivedAt();
            case CONVERSATION_ID -> event.conversationId();
            case EVENT_TYPE -> event.eventType();
            case EVENT_TIMESTAMP -> event.eventTimestamp();
            case OUTCOME -> event.outcome();
        };
    }
}
