package com.acme.tavus.adapter.persistence.audit;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.PostgresTestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The audit log contract on real PostgreSQL: identity column, multi-row insert and paging there too. */
class JooqAuditLogPostgresTest extends JooqAuditLogTestBase {

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
