package com.acme.tavus.adapter.persistence.conversation;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.application.testing.contract.OpenConversationsContract;
import org.jooq.DSLContext;

/** The open conversations contract on a real database; subclasses only supply a migrated {@link DSLContext}. */
abstract class JooqOpenConversationsTestBase extends OpenConversationsContract {

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected OpenConversations openConversations() {
        return new JooqOpenConversations(dsl());
    }

    @Override
    protected ConversationRecords records() {
        return new JooqConversationRecords(dsl());
    }
}
