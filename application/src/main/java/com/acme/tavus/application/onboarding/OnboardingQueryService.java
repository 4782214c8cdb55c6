package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.in.OnboardingQueries;
import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.conversation.ConversationId;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the platform's records. {@link #watch} subscribes to changes before reading the current
 * state, so a change applied in between is not missed (it may be seen twice, and repeats are
 * dropped).
 */
public final class OnboardingQueryService implements OnboardingQueries {

    private static final String RESOURCE = "conversation";

    private final ConversationRecords records;
    private final ConversationUpdates updates;
    private final Duration transcriptGrace;

    /**
     * @param transcriptGrace how long a status stream stays open after the call completed without
     *     its transcript yet: Tavus sends {@code transcription_ready} shortly after {@code shutdown}
     */
    public OnboardingQueryService(ConversationRecords records, ConversationUpdates updates, Duration transcriptGrace) {
        this.records = records;
        this.updates = updates;
        this.transcriptGrace = transcriptGrace;
    }

    @Override
    public Mono<ConversationStatusView> status(ConversationId conversationId) {
        return records.findByConversationId(conversationId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, conversationId.value())))
                .map(ConversationStatusView::of);
    }

    @Override
    public Flux<ConversationStatusView> watch(ConversationId conversationId) {
        return Flux.defer(() -> {
            var live = updates.changesOf(conversationId).map(ConversationStatusView::of).replay();
            var connection = live.connect();
            return status(conversationId).flux()
                    .concatWith(live)
                    .distinctUntilChanged()
                    .publish(views -> views
                            .takeUntil(ConversationStatusView::isSettled)
                            // Completed without a transcript: wait a little for it, then stop.
                            .takeUntilOther(views.filter(ConversationStatusView::isFinal).next()
                                    .delayElement(transcriptGrace)))
                    .doFinally(signal -> connection.dispose());
        });
    }
}
