package com.acme.tavus.application.conversation;

import com.acme.tavus.application.conversation.port.in.ConversationRecordQueries;
import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.shared.Page;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** Lists and reads the conversation records. */
public final class ConversationRecordQueryService implements ConversationRecordQueries {

    private final ConversationRecords records;
    private final ConversationRecordSearch search;

    public ConversationRecordQueryService(ConversationRecords records, ConversationRecordSearch search) {
        this.records = Objects.requireNonNull(records, "records");
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    public Mono<Page<TrackedConversation>> list(RecordQuery<TrackedConversation.Attribute> query) {
        return search.list(query);
    }

    @Override
    public Mono<TrackedConversation> get(ConversationId conversationId) {
        return records.findByConversationId(conversationId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("conversation", conversationId.value())));
    }
}
