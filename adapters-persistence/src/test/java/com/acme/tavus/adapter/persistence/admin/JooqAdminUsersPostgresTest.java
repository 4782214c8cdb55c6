package com.acme.tavus.adapter.persistence.admin;

import com.acme.tavus.adapter.persistence.testing.MigratedDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin users contract on real PostgreSQL (Testcontainers, else embedded; never skipped). */
class JooqAdminUsersPostgresTest extends JooqAdminUsersTestBase {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.postgres();

    @Override
    protected DSLContext dsl() {
        return database.dsl();
    }
}
