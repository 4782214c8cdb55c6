package com.acme.tavus.adapter.persistence.idempotency;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.PostgresTestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on real PostgreSQL (Testcontainers or embedded; never skipped): the primary key
 * decides concurrent claims, and the answer's bytes survive {@code bytea}.
 */
class JooqIdempotencyRecordsPostgresTest extends JooqIdempotencyRecordsTestBase {

    private static HikariDataSource dataSource;
    private static HikariDataSource secondPool;
    private static DSLContext dsl;

    @BeforeAll
    static void migrate() {
        dataSource = PostgresTestDatabase.newMigratedDatabase();
        dsl = DSL.using(dataSource, SQLDialect.POSTGRES, JooqSettings.platformDefaults());
    }

    @AfterAll
    static void close() {
        if (secondPool != null) {
            secondPool.close();
        }
        dataSource.close();
    }

    @Override
    protected DSLContext dsl() {
        return dsl;
    }

    @Override
    protected synchronized DSLContext anotherInstance() {
        if (secondPool == null) {
            var config = new HikariConfig();
            config.setPoolName("second-instance");
            config.setJdbcUrl(dataSource.getJdbcUrl());
            config.setUsername(dataSource.getUsername());
            config.setPassword(dataSource.getPassword());
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(0);
            secondPool = new HikariDataSource(config);
        }
        return DSL.using(secondPool, SQLDialect.POSTGRES, JooqSettings.platformDefaults());
    }
}
