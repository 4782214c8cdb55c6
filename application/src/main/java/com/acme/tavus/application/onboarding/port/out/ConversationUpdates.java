package com.acme.tavus.application.onboarding.port.out;

import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import reactor.core.publisher.Flux;

/**
 * Notifications that a tracked conversation changed, for live status streams. In-process: a
 * subscriber sees the changes applied by the instance it is connected to (a shared bus is a later
 * concern). Best effort: a change published with no subscriber is dropped.
 */
public interface ConversationUpdates {

    /** Tells current subscribers of {@code changed}'s conversation. Never fails, never blocks. */
    void publish(TrackedConversation changed);

    /** Changes of one conversation published from now on; never completes by itself. */
    Flux<TrackedConversation> changesOf(ConversationId conversationId);
}
