package com.acme.tavus.application.conversation.port.out;

import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/** Searches the platform's conversation records ({@code tavus_conversations}). */
public interface ConversationRecordSearch {

    Mono<Page<TrackedConversation>> list(RecordQuery<TrackedConversation.Attribute> query);
}
