package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.testing.contract.CallbackLedgerContract;

/** The callback ledger contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryCallbackLedgerContractTest extends CallbackLedgerContract {

    private final MemoryConversationRecords records = new MemoryConversationRecords();
    private final MemoryCallbackLedger ledger = new MemoryCallbackLedger(records);

    @Override
    protected CallbackLedger ledger() {
        return ledger;
    }

    @Override
    protected WebhookEvents events() {
        return ledger;
    }

    @Override
    protected ConversationRecords records() {
        return records;
    }
}
