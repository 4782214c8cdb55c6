package com.acme.tavus.adapter.persistence.scheduling;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.H2TestDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;

/** The job-lock contract on in-memory H2, migrated with the real changelog. */
class JooqSingleRunnerLockH2Test extends JooqSingleRunnerLockTestBase {

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
