package com.acme.tavus.adapter.persistence.admin;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.PostgresTestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class AdminPersistencePostgresTest extends AdminPersistenceTestBase {

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
