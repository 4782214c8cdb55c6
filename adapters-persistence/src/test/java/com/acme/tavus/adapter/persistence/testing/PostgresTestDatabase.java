package com.acme.tavus.adapter.persistence.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL for tests, without ever skipping: one server per JVM, started on first use, and a
 * new empty database on it per {@link #newDatabase()} call (so test classes do not see each other's
 * rows).
 *
 * <p>Which server: Testcontainers ({@value #DEFAULT_IMAGE}, overridable with
 * {@code -Dtavus.test.postgres.image=...}) when a Docker engine is reachable, otherwise zonky's
 * embedded PostgreSQL (the same major version, 14), which runs from binaries in a Maven artifact
 * and needs nothing installed. Force one with {@code -Dtavus.test.postgres=testcontainers} or
 * {@code =embedded}. Embedded files go under {@code java.io.tmpdir} (Surefire points it at
 * {@code target/}); the embedded server listens on localhost only. Either is stopped by a JVM
 * shutdown hook.
 */
public final class PostgresTestDatabase {

    /** System property choosing the server: {@code auto} (default), {@code testcontainers} or {@code embedded}. */
    public static final String MODE_PROPERTY = "tavus.test.postgres";
    /** System property overriding the Testcontainers image. */
    public static final String IMAGE_PROPERTY = "tavus.test.postgres.image";
    /** Matches the major version of the embedded binaries, so both paths test the same PostgreSQL. */
    public static final String DEFAULT_IMAGE = "postgres:14-alpine";

    private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabase.class);

    private PostgresTestDatabase() {}

    /**
     * A pooled {@link javax.sql.DataSource} to a new, empty database (not migrated; see
     * {@link LiquibaseMigrations#migrate}). Close it when done, or let the JVM exit.
     */
    public static HikariDataSource newDatabase() {
        var server = Holder.SERVER;
        var name = "tavus_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var admin = DriverManager.getConnection(
                server.jdbcUrl(server.adminDatabase()), server.user(), server.password())) {
            DSL.using(admin, SQLDialect.POSTGRES).createDatabase(name).execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + server.description(), e);
        }
        var config = new HikariConfig();
        config.setPoolName("test-" + name);
        config.setJdbcUrl(server.jdbcUrl(name));
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    /** A new database with the changelog applied. */
    public static HikariDataSource newMigratedDatabase() {
        var dataSource = newDatabase();
        LiquibaseMigrations.migrate(dataSource);
        return dataSource;
    }

    /** What runs the shared server, for test reports: Testcontainers or embedded, and the version. */
    public static String description() {
        return Holder.SERVER.description();
    }

    private record Server(String description, String host, int port, String user, String password, String adminDatabase) {
        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /** Lazy, thread-safe, once per JVM (class initialisation). */
    private static final class Holder {
        static final Server SERVER = start();
    }

    private static Server start() {
        var mode = System.getProperty(MODE_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        var server = switch (mode) {
            case "embedded" -> startEmbedded();
            case "testcontainers" -> startContainer();
            case "auto" -> dockerAvailable() ? startContainer() : startEmbedded();
            default -> throw new IllegalArgumentException(
                    MODE_PROPERTY + " must be auto, testcontainers or embedded, not " + mode);
        };
        log.info("Test PostgreSQL: {}", server.description());
        return server;
    }

    private static boolean dockerAvailable() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            // Testcontainers missing from the classpath or unable to look: use the embedded server.
            log.debug("Docker check failed; using embedded PostgreSQL", e);
            return false;
        }
    }

    private static Server startContainer() {
        var image = System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE);
        var container = new org.testcontainers.postgresql.PostgreSQLContainer(image);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
        return new Server("Testcontainers " + image, container.getHost(),
                container.getMappedPort(org.testcontainers.postgresql.PostgreSQLContainer.POSTGRESQL_PORT),
                container.getUsername(), container.getPassword(), container.getDatabaseName());
    }

    private static Server startEmbedded() {
        try {
            var postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(true)
                    .setCleanDataDirectory(true)
                    // A throw-away database: durability buys nothing and costs time.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            return new Server("embedded PostgreSQL 14 (zonky)", "localhost", postgres.getPort(),
                    "postgres", "", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }
}
