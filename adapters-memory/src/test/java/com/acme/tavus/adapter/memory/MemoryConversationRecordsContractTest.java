package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.testing.contract.ConversationRecordsContract;
import java.util.UUID;

/** The conversation records contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryConversationRecordsContractTest extends ConversationRecordsContract {

    private final MemoryConversationRecords records = new MemoryConversationRecords();

    @Override
    protected ConversationRecords records() {
        return records;
    }

    /** The in-memory store keeps no foreign keys: any user id is an existing one. */
    @Override
    protected UUID existingUserId() {
        return UUID.randomUUID();
    }
}
