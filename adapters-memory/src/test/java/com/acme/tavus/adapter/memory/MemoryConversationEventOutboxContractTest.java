package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.testing.contract.ConversationEventOutboxContract;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;

/** The outbox contract on the in-memory adapter, wired as bootstrap wires it. */
class MemoryConversationEventOutboxContractTest extends ConversationEventOutboxContract {

    private static final MemoryWebhooks WEBHOOKS = new MemoryWebhooks();
    private static final MemoryConversationRecords RECORDS = new MemoryConversationRecords(WEBHOOKS);
    private static final MemoryCallbackLedger LEDGER = new MemoryCallbackLedger(RECORDS);

    @Override
    protected WebhookSubscriptions subscriptions() {
        return WEBHOOKS;
    }

    @Override
    protected ConversationEventOutbox outbox() {
        return WEBHOOKS;
    }

    @Override
    protected ConversationRecords records() {
        return RECORDS;
    }

    @Override
    protected CallbackLedger ledger() {
        return LEDGER;
    }
}
