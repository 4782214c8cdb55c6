package com.acme.tavus.adapter.persistence.testing;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database migrated with the real changelog for one test class, opened before its first test and
 * closed after its last: {@code @RegisterExtension static final MigratedDatabase database =
 * MigratedDatabase.postgres();} then {@code database.dsl()}. Saves every port's H2 and PostgreSQL
 * test class the same set-up and tear-down.
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {

    private final boolean postgres;
    private DataSource dataSource;
    private DSLContext dsl;

    private MigratedDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    /** In-memory H2: fast, and the database the jOOQ classes are generated from. */
    public static MigratedDatabase h2() {
        return new MigratedDatabase(false);
    }

    /** Real PostgreSQL, as {@link PostgresTestDatabase} provides it (never skipped). */
    public static MigratedDatabase postgres() {
        return new MigratedDatabase(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        dataSource = postgres ? PostgresTestDatabase.newMigratedDatabase() : H2TestDatabase.newMigratedDatabase();
        dsl = DSL.using(dataSource, postgres ? SQLDialect.POSTGRES : SQLDialect.H2, JooqSettings.platformDefaults());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
    }

    /** A context on the migrated database, built with {@code JooqSettings.platformDefaults()}. */
    public DSLContext dsl() {
        return dsl;
    }
}
