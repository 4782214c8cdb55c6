package com.acme.tavus.bootstrap.onboarding;

import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * {@link ConversationUpdates} inside one JVM, on a Reactor multicast sink: a live stream sees the
 * changes this instance applies. Behind several instances {@link PollingConversationUpdates} wraps
 * it, adding the changes other instances applied.
 *
 * <p>Best effort by design: with no subscriber a change is dropped, and a slow subscriber loses
 * changes rather than holding up callback handling. Streams re-read the record first, so they
 * never show a stale status for long.
 */
public final class InProcessConversationUpdates implements ConversationUpdates {

    private static final int MAX_EMIT_ATTEMPTS = 100;

    private final Sinks.Many<TrackedConversation> sink = Sinks.many().multicast().directBestEffort();

    @Override
    public void publish(TrackedConversation changed) {
        for (var attempt = 0; attempt < MAX_EMIT_ATTEMPTS; attempt++) {
            // Only a concurrent emission is worth retrying; anything else means "nobody listening".
            if (sink.tryEmitNext(changed) != Sinks.EmitResult.FAIL_NON_SERIALIZED) {
                return;
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public Flux<TrackedConversation> changesOf(ConversationId conversationId) {
        return sink.asFlux().filter(changed -> changed.conversationId().equals(conversationId));
    }
}
