package com.acme.tavus.application.conversation;

import com.acme.tavus.application.conversation.port.in.ConversationQueries;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/**
 * Reads go straight to the provider: Tavus is the source of truth for a conversation's state.
 * Signed callback URLs are redacted on the way out (see {@link CallbackUrlRedaction}).
 */
public final class ConversationQueryService implements ConversationQueries {

    private final ConversationProvider provider;

    public ConversationQueryService(ConversationProvider provider) {
        this.provider = provider;
    }

    @Override
    public Mono<Conversation> get(ConversationId id, boolean verbose) {
        return provider.get(id, verbose).map(CallbackUrlRedaction::redact);
    }

    @Override
    public Mono<Page<Conversation>> list(ConversationFilter filter) {
        return provider.list(filter).map(page -> page.map(CallbackUrlRedaction::redact));
    }
}
