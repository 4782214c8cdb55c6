package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.onboarding.port.in.ReconcileConversationsUseCase;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
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
                .flatMap(conversation -> conversation.status().isEnded()
                        ? Mono.just(ConversationClosing.closeFrom(conversation, clock.instant(), RECONCILED))
                        : Mono.empty())
                .onErrorResume(NotFoundException.class,
                        gone -> Mono.just(ConversationClosing.closeFrom(null, clock.instant(), RECONCILED)))
                .flatMap(close -> ledger.update(record.conversationId(), close));
    }

    /** Records created before this should be over: the longest call plus the grace period ago. */
    static Instant cutoff(Instant now, OnboardingSettings settings) {
        return now.minus(settings.maxCallDuration()).minus(settings.reconcileGrace());
    }
}
