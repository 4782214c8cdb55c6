package com.acme.tavus.adapter.persistence.testing;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh, empty in-memory H2 databases: one per call, alive until the JVM exits. */
public final class H2TestDatabase {

    private H2TestDatabase() {}

    /** A new, empty database (not migrated; see {@link LiquibaseMigrations#migrate}). */
    public static DataSource newDatabase() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:tavus_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** A new database with the changelog applied. */
    public static DataSource newMigratedDatabase() {
        var dataSource = newDatabase();
        LiquibaseMigrations.migrate(dataSource);
        return dataSource;
    }
}
