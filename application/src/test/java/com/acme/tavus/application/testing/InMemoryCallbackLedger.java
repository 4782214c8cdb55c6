package com.acme.tavus.application.testing;

import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import com.acme.tavus.domain.shared.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * {@link CallbackLedger} over {@link InMemoryConversationRecords}; one lock stands in for the
 * transaction. {@link #failNextEffectWrite} simulates a write failing after the event was stored, to
 * check nothing of it is kept.
 */
public final class InMemoryCallbackLedger implements CallbackLedger, WebhookEvents {

    private final InMemoryConversationRecords records;
    private final Map<String, StoredEvent> events = new LinkedHashMap<>();
    private boolean failNextEffectWrite;

    public InMemoryCallbackLedger(InMemoryConversationRecords records) {
        this.records = records;
    }

    public record StoredEvent(ReceivedCallback callback, Outcome outcome) {}

    @Override
    public Mono<Recorded> record(ReceivedCallback callback, UnaryOperator<TrackedConversation> effect) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                var duplicate = events.containsKey(callback.dedupKey()) || events.values().stream()
                        .anyMatch(e -> e.callback().payloadHash().equals(callback.payloadHash()));
                if (duplicate) {
                    return new Recorded(Outcome.DUPLICATE, null);
                }
                var current = records.all().stream()
                        .filter(c -> c.trackingId().equals(callback.trackingId())
                                && c.conversationId().value().equals(callback.conversationId()))
                        .findFirst().orElse(null);
                Recorded recorded;
                if (current == null) {
                    recorded = new Recorded(Outcome.UNKNOWN_CONVERSATION, null);
                } else {
                    var next = effect.apply(current);
                    if (next != current) {
                        if (failNextEffectWrite) {
                            failNextEffectWrite = false;
                            throw new IllegalStateException("simulated write failure");
                        }
                        records.update(next).subscribe();
                    }
                    var outcome = !callback.knownEventType() ? Outcome.UNKNOWN_EVENT_TYPE
                            : next == current ? Outcome.NO_CHANGE : Outcome.APPLIED;
                    recorded = new Recorded(outcome, next == current ? null : next);
                }
                events.put(callback.dedupKey(), new StoredEvent(callback, recorded.outcome()));
                return recorded;
            }
        });
    }

    @Override
    public Mono<TrackedConversation> update(ConversationId conversationId, UnaryOperator<TrackedConversation> change) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                var current = records.findByConversationId(conversationId).block();
                if (current == null) {
                    return null;
                }
                var next = change.apply(current);
                if (next == current) {
                    return null;
                }
                records.update(next).block();
                return next;
            }
        });
    }

    @Override
    public Mono<Page<WebhookEvent>> list(RecordQuery<WebhookEvent.Attribute> query) {
        return Mono.fromSupplier(() -> InMemoryRecords.page(webhookEvents(), query, InMemoryCallbackLedger::attribute,
                Comparator.comparing(WebhookEvent::id)));
    }

    @Override
    public Mono<WebhookEvent> findById(UUID id) {
        return Mono.justOrEmpty(webhookEvents().stream().filter(e -> e.id().equals(id)).findFirst());
    }

    private List<WebhookEvent> webhookEvents() {
        return events().stream().map(stored -> {
            var c = stored.callback();
            return new WebhookEvent(c.id(), c.receivedAt(), c.conversationId(), c.trackingId(), c.eventType(),
                    c.eventTimestamp(), c.dedupKey(), c.payloadHash(), c.rawPayload(), stored.outcome().value());
        }).toList();
    }

    static Object attribute(WebhookEvent event, WebhookEvent.Attribute attribute) {
        return switch (attribute) {
            case RECEIVED_AT -> event.receivedAt();
            case CONVERSATION_ID -> event.conversationId();
            case EVENT_TYPE -> event.eventType();
            case EVENT_TIMESTAMP -> event.eventTimestamp();
            case OUTCOME -> event.outcome();
        };
    }

    public void failNextEffectWrite() {
        this.failNextEffectWrite = true;
    }

    public synchronized List<StoredEvent> events() {
        return new ArrayList<>(events.values());
    }
}
