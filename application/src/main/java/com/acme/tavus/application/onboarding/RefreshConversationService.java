package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.in.RefreshConversationUseCase;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.conversation.ConversationId;
import java.time.Clock;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Refreshes one tracked conversation from Tavus on request (the admin's "refresh from Tavus"), with
 * the reconciler's rules ({@link ConversationClosing}); a change is published to live status streams.
 * Records closed this way carry {@code completion_source = "refreshed"}.
 */
public final class RefreshConversationService implements RefreshConversationUseCase {

    static final String REFRESHED = "refreshed";

    private final ConversationRecords records;
    private final ConversationProvider provider;
    private final CallbackLedger ledger;
    private final ConversationUpdates updates;
    private final Clock clock;

    public RefreshConversationService(ConversationRecords records, ConversationProvider provider, CallbackLedger ledger,
            ConversationUpdates updates, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.updates = Objects.requireNonNull(updates, "updates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<Boolean> refresh(ConversationId conversationId) {
        return records.findByConversationId(conversationId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("conversation", conversationId.value())))
                .flatMap(tracked -> provider.get(conversationId, true)
                        .flatMap(conversation -> conversation.status().isEnded()
                                ? Mono.just(ConversationClosing.closeFrom(conversation, clock.instant(), REFRESHED))
                                : Mono.empty())
                        .onErrorResume(NotFoundException.class,
                                gone -> Mono.just(ConversationClosing.closeFrom(null, clock.instant(), REFRESHED))))
                .flatMap(close -> ledger.update(conversationId, close))
                .doOnNext(updates::publish)
                .map(changed -> true)
                .defaultIfEmpty(false);
    }
}
