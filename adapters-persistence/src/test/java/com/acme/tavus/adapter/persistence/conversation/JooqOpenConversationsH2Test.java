package com.acme.tavus.adapter.persistence.conversation;

import com.acme.tavus.adapter.persistence.testing.MigratedDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The open conversations contract on in-memory H2, migrated with the real changelog. */
class JooqOpenConversationsH2Test extends JooqOpenConversationsTestBase {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.h2();

    @Override
    protected DSLContext dsl() {
        return database.dsl();
    }
}
