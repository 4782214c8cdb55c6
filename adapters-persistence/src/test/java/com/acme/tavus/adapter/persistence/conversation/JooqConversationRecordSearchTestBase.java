package com.acme.tavus.adapter.persistence.conversation;

import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.testing.contract.ConversationRecordSearchContract;
import org.jooq.DSLContext;

/** The conversation record search contract on a real database; subclasses only supply a migrated {@link DSLContext}. */
abstract class JooqConversationRecordSearchTestBase extends ConversationRecordSearchContract {

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected ConversationRecordSearch search() {
        return new JooqConversationRecordSearch(dsl());
    }

    @Override
    protected ConversationRecords records() {
        return new JooqConversationRecords(dsl());
    }
}
