package com.acme.tavus.adapter.persistence.admin;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.H2TestDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;

class AdminPersistenceH2Test extends AdminPersistenceTestBase {

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
