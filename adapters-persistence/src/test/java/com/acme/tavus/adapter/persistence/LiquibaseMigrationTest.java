package com.acme.tavus.adapter.persistence;

import static com.acme.tavus.adapter.persistence.jooq.Tables.API_TOKENS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.acme.tavus.adapter.persistence.testing.H2TestDatabase;
import com.acme.tavus.adapter.persistence.testing.LiquibaseMigrations;
import com.acme.tavus.adapter.persistence.testing.PostgresTestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The changelog on both databases: applies to an empty database, a second run is a no-op, the
 * generated jOOQ classes match what it created, and the constraints the code relies on exist.
 */
class LiquibaseMigrationTest {

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of(Named.<Supplier<DataSource>>of("H2", H2TestDatabase::newDatabase), SQLDialect.H2),
                Arguments.of(Named.<Supplier<DataSource>>of("PostgreSQL", PostgresTestDatabase::newDatabase),
                        SQLDialect.POSTGRES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void appliesToAnEmptyDatabaseAndASecondRunChangesNothing(Supplier<DataSource> database, SQLDialect dialect)
            throws Exception {
        var dataSource = database.get();
        try {
            var dsl = DSL.using(dataSource, dialect, JooqSettings.platformDefaults());

            LiquibaseMigrations.migrate(dataSource);
            var afterFirstRun = appliedChangeSets(dsl);
            LiquibaseMigrations.migrate(dataSource);

            assertThat(afterFirstRun).isNotEmpty().allSatisfy(row -> assertThat(row.value3()).isEqualTo("EXECUTED"));
            assertThat(appliedChangeSets(dsl)).isEqualTo(afterFirstRun);
            // Every generated column exists on this database, under its unquoted name.
            assertThat(dsl.selectFrom(USERS).fetch()).isEmpty();
            assertThat(dsl.selectFrom(TAVUS_CONVERSATIONS).fetch()).isEmpty();
            assertThat(dsl.selectFrom(API_TOKENS).fetch()).isEmpty();
        } finally {
            closeIfPooled(dataSource);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void usersEmailNormalizedIsUnique(Supplier<DataSource> database, SQLDialect dialect) throws Exception {
        var dataSource = database.get();
        try {
            LiquibaseMigrations.migrate(dataSource);
            var dsl = DSL.using(dataSource, dialect, JooqSettings.platformDefaults());

            var constraint = field(name("TC", "CONSTRAINT_NAME"), String.class);
            var uniqueColumns = dsl.select(lower(field(name("KCU", "COLUMN_NAME"), String.class)))
                    .from(table(name("INFORMATION_SCHEMA", "TABLE_CONSTRAINTS")).as("TC"))
                    .join(table(name("INFORMATION_SCHEMA", "KEY_COLUMN_USAGE")).as("KCU"))
                    .on(field(name("KCU", "CONSTRAINT_NAME"), String.class).eq(constraint))
                    .and(field(name("KCU", "TABLE_NAME"), String.class)
                            .eq(field(name("TC", "TABLE_NAME"), String.class)))
                    .where(lower(field(name("TC", "TABLE_NAME"), String.class)).eq("users"))
                    .and(field(name("TC", "CONSTRAINT_TYPE"), String.class).eq("UNIQUE"))
                    .and(lower(constraint).eq("uq_users_email_normalized"))
                    .fetch(0, String.class);
            assertThat(uniqueColumns).containsExactly("email_normalized");

            insertUser(dsl, "Ada@Example.com", "ada@example.com");
            assertThatThrownBy(() -> insertUser(dsl, "ADA@example.COM", "ada@example.com"))
                    .isInstanceOf(IntegrityConstraintViolationException.class);
            assertThat(dsl.fetchCount(USERS)).isEqualTo(1);
        } finally {
            closeIfPooled(dataSource);
        }
    }

    private static org.jooq.Result<org.jooq.Record3<String, String, String>> appliedChangeSets(DSLContext dsl) {
        var changelog = table(name("DATABASECHANGELOG"));
        var id = field(name("ID"), String.class);
        var author = field(name("AUTHOR"), String.class);
        var execType = field(name("EXECTYPE"), String.class);
        return dsl.select(id, author, execType).from(changelog).orderBy(field(name("ORDEREXECUTED"))).fetch();
    }

    private static void insertUser(DSLContext dsl, String email, String normalized) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        dsl.insertInto(USERS)
                .set(USERS.ID, UUID.randomUUID())
                .set(USERS.EMAIL, email)
                .set(USERS.EMAIL_NORMALIZED, normalized)
                .set(USERS.FIRST_NAME, "Ada")
                .set(USERS.LAST_NAME, "Lovelace")
                .set(USERS.CREATED_AT, now)
                .set(USERS.UPDATED_AT, now)
                .execute();
    }

    private static void closeIfPooled(DataSource dataSource) throws Exception {
        if (dataSource instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
