package com.acme.tavus.adapter.persistence.idempotency;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.H2TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;

/** The contract on in-memory H2, migrated with the real changelog. */
class JooqIdempotencyRecordsH2Test extends JooqIdempotencyRecordsTestBase {

    private static String url;
    private static DSLContext dsl;

    @BeforeAll
    static void migrate() {
        var dataSource = H2TestDatabase.newMigratedDatabase();
        url = ((JdbcDataSource) dataSource).getURL();
        dsl = DSL.using(dataSource, SQLDialect.H2, JooqSettings.platformDefaults());
    }

    @Override
    protected DSLContext dsl() {
        return dsl;
    }

    @Override
    protected DSLContext anotherInstance() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return DSL.using(dataSource, SQLDialect.H2, JooqSettings.platformDefaults());
    }
}
