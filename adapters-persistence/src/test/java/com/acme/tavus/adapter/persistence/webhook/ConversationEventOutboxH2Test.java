package com.acme.tavus.adapter.persistence.webhook;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.conversation.JooqCallbackLedger;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.adapter.persistence.testing.H2TestDatabase;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.testing.contract.ConversationEventOutboxContract;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;

/** The outbox contract on in-memory H2 (the codegen database), migrated with the real changelog. */
class ConversationEventOutboxH2Test extends ConversationEventOutboxContract {

    private static DSLContext dsl;

    @BeforeAll
    static void migrate() {
        dsl = DSL.using(H2TestDatabase.newMigratedDatabase(), SQLDialect.H2, JooqSettings.platformDefaults());
    }

    @Override
    protected WebhookSubscriptions subscriptions() {
        return new JooqWebhookSubscriptions(dsl);
    }

    @Override
    protected ConversationEventOutbox outbox() {
        return new JooqConversationEventOutbox(dsl);
    }

    @Override
    protected ConversationRecords records() {
        return new JooqConversationRecords(dsl);
    }

    @Override
    protected CallbackLedger ledger() {
        return new JooqCallbackLedger(dsl);
    }
}
