package com.acme.tavus.application.conversation.port.in;

import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/** Reads conversations as Tavus reports them. */
public interface ConversationQueries {

    /** One conversation; fails with {@code NotFoundException} for an unknown id. */
    Mono<Conversation> get(ConversationId id, boolean verbose);

    Mono<Page<Conversation>> list(ConversationFilter filter);
}
