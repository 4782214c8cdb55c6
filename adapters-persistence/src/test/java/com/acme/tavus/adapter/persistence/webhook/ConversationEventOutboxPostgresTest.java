package com.acme.tavus.adapter.persistence.webhook;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.conversation.JooqCallbackLedger;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.adapter.persistence.testing.PostgresTestDatabase;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.testing.contract.ConversationEventOutboxContract;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The outbox contract on real PostgreSQL (Testcontainers or embedded, never skipped): the claim
 * race runs on the production database's row locks.
 */
class ConversationEventOutboxPostgresTest extends ConversationEventOutboxContract {

    private static HikariDataSource dataSource;
    private static DSLContext dsl;

    @BeforeAll
    static void migrate() {
        dataSource = PostgresTestDatabase.newMigratedDatabase();
        dsl = DSL.using(dataSource, SQLDialect.POSTGRES, JooqSettings.platformDefaults());
    }

    @AfterAll
    static void close() {
        dataSource.close();
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
