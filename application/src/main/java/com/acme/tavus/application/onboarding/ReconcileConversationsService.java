package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.onboarding.port.in.ReconcileConversationsUseCase;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.onboarding.CallbackEvent;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * Reconciles overdue open records with Tavus. For each: a verbose get; if Tavus says the call
 * ended, its events (when present) are applied exactly like callbacks, then the record is closed
 * with {@code metadata.completion_source = "reconciled"}; a conversation Tavus no longer knows is
 * closed the same way. A call Tavus still reports active is left alone: Tavus is the truth.
 */
public final class ReconcileConversationsService implements ReconcileConversationsUseCase {

    private static final System.Logger LOG = System.getLogger(ReconcileConversationsService.class.getName());
    static final int BATCH = 50;
    static final String RECONCILED = "reconciled";

    private final OpenConversations open;
    private final ConversationProvider provider;
    private final CallbackLedger ledger;
    private final ConversationUpdates updates;
    private final OnboardingSettings settings;
    private final Clock clock;

    public ReconcileConversationsService(OpenConversations open, ConversationProvider provider, CallbackLedger ledger,
            ConversationUpdates updates, OnboardingSettings settings, Clock clock) {
        this.open = open;
        this.provider = provider;
        this.ledger = ledger;
        this.updates = updates;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Mono<Integer> reconcile() {
        return Mono.defer(() -> {
            var cutoff = cutoff(clock.instant(), settings);
            return open.openCreatedBefore(cutoff, BATCH)
                    .concatMap(record -> reconcileOne(record)
                            .doOnNext(updates::publish)
                            .onErrorResume(error -> {
                                LOG.log(Level.WARNING, "Could not reconcile conversation {0}: {1}",
                                        record.conversationId().value(), error.toString());
                                return Mono.empty();
                            }))
                    .count()
                    .map(Long::intValue);
        });
    }

    private Mono<TrackedConversation> reconcileOne(TrackedConversation record) {
        return provider.get(record.conversationId(), true)
                .map(conversation -> conversation.status().isEnded() ? closeFrom(conversation) : null)
                .onErrorResume(NotFoundException.class, gone -> Mono.just(closeFrom(null)))
                .flatMap(close -> ledger.update(record.conversationId(), close));
    }

    /** The change that closes a record from what Tavus reported ({@code null}: Tavus no longer knows it). */
    private UnaryOperator<TrackedConversation> closeFrom(Conversation conversation) {
        var now = clock.instant();
        var events = conversation == null ? List.<CallbackEvent>of() : events(conversation);
        return current -> {
            var next = current;
            for (var event : events) {
                next = event.applyTo(next, now);
            }
            if (!next.status().isFinished()) {
                next = next.ended(now, now).withMetadataIfAbsent("shutdown_reason", RECONCILED, now);
            }
            return next == current ? current : next.withMetadataIfAbsent("completion_source", RECONCILED, now);
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

    /** Records created before this should be over: the longest call plus the grace period ago. */
    static Instant cutoff(Instant now, OnboardingSettings settings) {
        return now.minus(settings.maxCallDuration()).minus(settings.reconcileGrace());
    }
}
