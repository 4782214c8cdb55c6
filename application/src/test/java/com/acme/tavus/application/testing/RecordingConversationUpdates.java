package com.acme.tavus.application.testing;

import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** {@link ConversationUpdates} on one multicast sink, remembering everything published. */
public final class RecordingConversationUpdates implements ConversationUpdates {

    private final Sinks.Many<TrackedConversation> sink = Sinks.many().multicast().directBestEffort();
    private final List<TrackedConversation> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(TrackedConversation changed) {
        published.add(changed);
        sink.emitNext(changed, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofMillis(100)));
    }

    @Override
    public Flux<TrackedConversation> changesOf(ConversationId conversationId) {
        return sink.asFlux().filter(c -> c.conversationId().equals(conversationId));
    }

    public List<TrackedConversation> published() {
        return List.copyOf(published);
    }
}
