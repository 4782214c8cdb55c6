package com.acme.tavus.application.conversation.port.out;

import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import reactor.core.publisher.Mono;

/**
 * The platform's records of the conversations it created ({@code tavus_conversations}), as a
 * collection: add one, find one, replace one.
 */
public interface ConversationRecords {

    /** Stores a new record. Fails if one with the same conversation id or tracking id exists. */
    Mono<Void> add(TrackedConversation conversation);

    /** The record for a Tavus conversation id; empty when the platform did not create it. */
    Mono<TrackedConversation> findByConversationId(ConversationId conversationId);

    /** Replaces the stored record that has the same {@link TrackedConversation#id()}. */
    Mono<Void> update(TrackedConversation conversation);
}
