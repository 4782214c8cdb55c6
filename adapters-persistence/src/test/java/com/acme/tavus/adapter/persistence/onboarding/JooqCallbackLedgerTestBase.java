package com.acme.tavus.adapter.persistence.onboarding;

import com.acme.tavus.adapter.persistence.conversation.JooqCallbackLedger;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.testing.contract.CallbackLedgerContract;
import org.jooq.DSLContext;

/**
 * The callback ledger contract on a real database, with {@link JooqWebhookEvents} reading back what
 * {@link JooqCallbackLedger} stored; subclasses only supply a migrated {@link DSLContext}. What only
 * a database can show (translated duplicate errors, a rollback after the effect was written) is in
 * {@link OnboardingPersistenceTestBase}.
 */
abstract class JooqCallbackLedgerTestBase extends CallbackLedgerContract {

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected CallbackLedger ledger() {
        return new JooqCallbackLedger(dsl());
    }

    @Override
    protected WebhookEvents events() {
        return new JooqWebhookEvents(dsl());
    }

    @Override
    protected ConversationRecords records() {
        return new JooqConversationRecords(dsl());
    }

}
