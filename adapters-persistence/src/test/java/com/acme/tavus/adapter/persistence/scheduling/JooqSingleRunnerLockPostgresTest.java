package com.acme.tavus.adapter.persistence.scheduling;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.PostgresTestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The job-lock contract on real PostgreSQL (Testcontainers or embedded; never skipped), where
 * concurrent updates of the lock row wait for each other and re-check the lease.
 */
class JooqSingleRunnerLockPostgresTest extends JooqSingleRunnerLockTestBase {

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
    protected DSLContext dsl() {
        return dsl;
    }
}
