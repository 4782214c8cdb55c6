package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.application.testing.contract.OpenConversationsContract;

/** The open conversations contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryOpenConversationsContractTest extends OpenConversationsContract {

    private final MemoryConversationRecords records = new MemoryConversationRecords();

    @Override
    protected OpenConversations openConversations() {
        return records;
    }

    @Override
    protected ConversationRecords records() {
        return records;
    }
}
