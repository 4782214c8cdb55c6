package com.acme.tavus.application.onboarding.port.out;

import com.acme.tavus.application.conversation.port.out.ConversationChanges;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import reactor.core.publisher.Flux;

/**
 * Notifications that a tracked conversation changed, for live status streams: what
 * {@link ConversationChanges} publishes, here also watched. A subscriber sees the changes applied by
 * the instance it is connected to at once, and those applied by other instances within a poll
 * interval (the bootstrap's adapter re-reads watched records, ADR 0020). Best effort: a change
 * published with no subscriber is dropped.
 */
public interface ConversationUpdates extends ConversationChanges {

    /** Changes of one conversation published from now on; never completes by itself. */
    Flux<TrackedConversation> changesOf(ConversationId conversationId);
}
