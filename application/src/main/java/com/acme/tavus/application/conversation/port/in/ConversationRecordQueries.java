package com.acme.tavus.application.conversation.port.in;

import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/**
 * Reads the platform's own records of the conversations it created (not Tavus's view of them, which
 * {@link ConversationQueries} gives).
 */
public interface ConversationRecordQueries {

    Mono<Page<TrackedConversation>> list(RecordQuery<TrackedConversation.Attribute> query);

    /** One record; fails with {@code NotFoundException} when the platform does not track that conversation. */
    Mono<TrackedConversation> get(ConversationId conversationId);
}
