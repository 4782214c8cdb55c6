package com.acme.tavus.application.conversation.port.out;

import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/**
 * The video provider's conversations: creates, reads, ends and deletes live calls. Implemented by
 * the Tavus HTTP client and by the in-process sandbox.
 *
 * <p>Failures are signalled as {@link com.acme.tavus.application.shared.ProviderException} or, for
 * an id the provider does not know, {@link com.acme.tavus.application.shared.NotFoundException}.
 * Every call with an id (get, end, delete) signals {@code NotFoundException} for an unknown one.
 *
 * <p>The behaviour is spelled out as tests in {@code ConversationProviderContract} (application
 * test-jar); an implementation proves itself by extending it.
 */
public interface ConversationProvider {

    /** Starts a call. Not idempotent: every success is a new, billed room. */
    Mono<Conversation> create(ConversationRequest request);

    /** One conversation; {@code verbose} adds its events (transcript, shutdown reason). */
    Mono<Conversation> get(ConversationId id, boolean verbose);

    /**
     * One page of conversations: pages count from 1, a page holds at most the limit, every page
     * reports the same total, and walking the pages meets every conversation once. The order
     * within the listing is the provider's.
     */
    Mono<Page<Conversation>> list(ConversationFilter filter);

    /** Ends the call. Ending an ended conversation succeeds. */
    Mono<Void> end(ConversationId id);

    /**
     * Deletes the conversation; {@code hard} also removes its assets for good. Either way the id is
     * unknown afterwards, so deleting it again is a {@code NotFoundException}.
     */
    Mono<Void> delete(ConversationId id, boolean hard);
}
