package com.acme.tavus.adapter.persistence.onboarding;

import com.acme.tavus.adapter.persistence.testing.MigratedDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The callback ledger contract on real PostgreSQL (Testcontainers, else embedded; never skipped). */
class JooqCallbackLedgerPostgresTest extends JooqCallbackLedgerTestBase {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.postgres();

    @Override
    protected DSLContext dsl() {
        return database.dsl();
    }
}
