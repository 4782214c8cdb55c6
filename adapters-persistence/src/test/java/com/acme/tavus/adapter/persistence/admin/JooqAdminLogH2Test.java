package com.acme.tavus.adapter.persistence.admin;

import com.acme.tavus.adapter.persistence.testing.MigratedDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin log contract on in-memory H2, migrated with the real changelog. */
class JooqAdminLogH2Test extends JooqAdminLogTestBase {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.h2();

    @Override
    protected DSLContext dsl() {
        return database.dsl();
    }
}
