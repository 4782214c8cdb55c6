package com.acme.tavus.adapter.persistence.conversation;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;

import com.acme.tavus.adapter.persistence.JooqRecordQueries;
import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Attribute;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@link ConversationRecordSearch} over {@code tavus_conversations}. */
public final class JooqConversationRecordSearch implements ConversationRecordSearch {

    private static final Map<Attribute, Field<?>> COLUMNS = Map.ofEntries(
            Map.entry(Attribute.CONVERSATION_ID, TAVUS_CONVERSATIONS.CONVERSATION_ID),
            Map.entry(Attribute.CONVERSATION_NAME, TAVUS_CONVERSATIONS.CONVERSATION_NAME),
            Map.entry(Attribute.EMAIL, TAVUS_CONVERSATIONS.EMAIL),
            Map.entry(Attribute.STATUS, TAVUS_CONVERSATIONS.STATUS),
            Map.entry(Attribute.CREATED_AT, TAVUS_CONVERSATIONS.CREATED_AT),
            Map.entry(Attribute.COMPLETED_AT, TAVUS_CONVERSATIONS.COMPLETED_AT),
            Map.entry(Attribute.DURATION_SECONDS, TAVUS_CONVERSATIONS.DURATION_SECONDS),
            Map.entry(Attribute.PERSONA_ID, TAVUS_CONVERSATIONS.PERSONA_ID),
            Map.entry(Attribute.REPLICA_ID, TAVUS_CONVERSATIONS.REPLICA_ID),
            Map.entry(Attribute.CREATED_BY, TAVUS_CONVERSATIONS.CREATED_BY),
            Map.entry(Attribute.USER_ID, TAVUS_CONVERSATIONS.USER_ID),
            Map.entry(Attribute.TRANSCRIPT, TAVUS_CONVERSATIONS.TRANSCRIPT),
            Map.entry(Attribute.UPDATED_AT, TAVUS_CONVERSATIONS.UPDATED_AT));

    private final DSLContext dsl;

    public JooqConversationRecordSearch(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Page<TrackedConversation>> list(RecordQuery<Attribute> query) {
        return Mono.fromCallable(() -> JooqRecordQueries.page(dsl, TAVUS_CONVERSATIONS, query, COLUMNS,
                        List.of(TAVUS_CONVERSATIONS.ID.asc()), ConversationRowMapper::toDomain))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
