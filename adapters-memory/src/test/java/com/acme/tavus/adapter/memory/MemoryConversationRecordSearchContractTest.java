package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.testing.contract.ConversationRecordSearchContract;

/** The conversation record search contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryConversationRecordSearchContractTest extends ConversationRecordSearchContract {

    private final MemoryConversationRecords records = new MemoryConversationRecords();

    @Override
    protected ConversationRecordSearch search() {
        return records;
    }

    @Override
    protected ConversationRecords records() {
        return records;
    }
}
