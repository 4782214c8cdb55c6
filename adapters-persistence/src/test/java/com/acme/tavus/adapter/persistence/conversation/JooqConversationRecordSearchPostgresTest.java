package com.acme.tavus.adapter.persistence.conversation;

import com.acme.tavus.adapter.persistence.testing.MigratedDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The conversation record search contract on real PostgreSQL (Testcontainers, else embedded; never skipped). */
class JooqConversationRecordSearchPostgresTest extends JooqConversationRecordSearchTestBase {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.postgres();

    @Override
    protected DSLContext dsl() {
        return database.dsl();
    }
}
