package com.acme.tavus.adapter.persistence.apitoken;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.H2TestDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;

/** The token store contract on in-memory H2, migrated with the real changelog. */
class JooqApiTokenStoreH2Test extends JooqApiTokenStoreTestBase {

    private static DSLContext dsl;

    @BeforeAll
    static void migrate() {
        dsl = DSL.using(H2TestDatabase.newMigratedDatabase(), SQLDialect.H2, JooqSettings.platformDefaults());
    }

    @Override
    protected DSLContext dsl() {
        return dsl;
    }
}
