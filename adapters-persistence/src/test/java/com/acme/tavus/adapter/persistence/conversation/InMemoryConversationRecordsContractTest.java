package com.acme.tavus.adapter.persistence.conversation;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.application.testing.contract.ConversationRecordsContract;
import java.util.UUID;

/**
 * The contract against the application's in-memory fake: proves the contract describes the port
 * (not jOOQ), and that the fake the use-case tests rely on behaves like the database.
 */
class InMemoryConversationRecordsContractTest extends ConversationRecordsContract {

    private final InMemoryConversationRecords records = new InMemoryConversationRecords();

    @Override
    protected ConversationRecords records() {
        return records;
    }

    @Override
    protected UUID existingUserId() {
        return UUID.randomUUID();
    }
}
