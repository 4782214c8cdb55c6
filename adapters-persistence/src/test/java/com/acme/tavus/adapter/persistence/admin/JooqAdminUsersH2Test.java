package com.acme.tavus.adapter.persistence.admin;

import com.acme.tavus.adapter.persistence.testing.MigratedDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin users contract on in-memory H2, migrated with the real changelog. */
class JooqAdminUsersH2Test extends JooqAdminUsersTestBase {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.h2();

    @Override
    protected DSLContext dsl() {
        return database.dsl();
    }
}
