package com.acme.tavus.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.admin.JooqAdminUsers;
import com.acme.tavus.adapter.web.admin.security.SpringPasswordHasher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The documented {@code createsuperuser} and {@code changepassword} commands, run as the jar's main
 * runs them (through {@link PlatformCommands}), against a fresh H2 file: it is migrated, and the
 * account lands in it with a bcrypt hash.
 */
class AdminCommandsTest {

    static final String PASSWORD = "correct horse battery";

    final String database = "jdbc:h2:file:" + Path.of("target", "cli-test", UUID.randomUUID().toString(), "db")
            .toAbsolutePath();

    /** A scripted terminal: fixed variables, queued answers, captured output. */
    static final class FakeTerminal implements Terminal {
        final Map<String, String> env;
        final boolean interactive;
        final Deque<String> answers;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();

        FakeTerminal(Map<String, String> env, boolean interactive, List<String> answers) {
            this.env = env;
            this.interactive = interactive;
            this.answers = new ArrayDeque<>(answers);
        }

        @Override
        public String env(String name) {
            return env.get(name);
        }

        @Override
        public boolean interactive() {
            return interactive;
        }

        @Override
        public String readLine(String prompt) {
            return answers.poll();
        }

        @Override
        public String readPassword(String prompt) {
            return answers.poll();
        }

        @Override
        public PrintStream out() {
            return new PrintStream(out, true, StandardCharsets.UTF_8);
        }

        @Override
        public PrintStream err() {
            return new PrintStream(err, true, StandardCharsets.UTF_8);
        }

        String output() {
            return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        }
    }

    int run(FakeTerminal terminal, String... args) {
        return PlatformCommands.run(args, terminal);
    }

    JooqAdminUsers stored() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(database);
        dataSource.setUser("sa");
        return new JooqAdminUsers(DSL.using(dataSource, SQLDialect.H2, JooqSettings.platformDefaults()));
    }

    @Test
    void createsuperuser_withThePasswordFromTheEnvironment_migratesAndStoresAHashedSuperuser() {
        var terminal = new FakeTerminal(Map.of("ADMIN_PASSWORD", PASSWORD), false, List.of());

        var code = run(terminal, "createsuperuser", "--username", "admin", "--email=admin@example.com",
                "--spring.datasource.url=" + database);

        assertThat(code).as(terminal.output()).isZero();
        assertThat(terminal.output()).contains("Superuser created successfully.");
        var admin = stored().findByUsername("admin").block();
        assertThat(admin.superuser()).isTrue();
        assertThat(admin.mayUseAdmin()).isTrue();
        assertThat(admin.email()).isEqualTo("admin@example.com");
        assertThat(admin.passwordHash()).startsWith("{bcrypt}$2a$").doesNotContain(PASSWORD);
        assertThat(new SpringPasswordHasher(4).matches(PASSWORD, admin.passwordHash())).isTrue();

        var again = new FakeTerminal(Map.of("ADMIN_PASSWORD", PASSWORD), false, List.of());
        assertThat(run(again, "createsuperuser", "--username", "admin", "--spring.datasource.url=" + database)).isOne();
        assertThat(again.output()).contains("Error: username: is already taken");
    }

    @Test
    void createsuperuser_interactive_asksTwiceUntilThePasswordsMatch_thenChangepasswordWorks() {
        var terminal = new FakeTerminal(Map.of(), true,
                List.of("ada", "", "first try!!", "second try", PASSWORD, PASSWORD));

        assertThat(run(terminal, "createsuperuser", "--spring.datasource.url=" + database)).as(terminal.output()).isZero();
        assertThat(terminal.output()).contains("Your passwords didn't match.", "Superuser created successfully.");

        var change = new FakeTerminal(Map.of("ADMIN_PASSWORD", "another good one"), false, List.of());
        assertThat(run(change, "changepassword", "--username", "ada", "--spring.datasource.url=" + database)).isZero();
        assertThat(new SpringPasswordHasher(4).matches("another good one", stored().findByUsername("ada").block()
                .passwordHash())).isTrue();
    }

    @Test
    void createsuperuser_weakPasswordOrNoWayToAsk_isRefusedWithTheReason() {
        var weak = new FakeTerminal(Map.of("ADMIN_PASSWORD", "12345"), false, List.of());
        assertThat(run(weak, "createsuperuser", "--username", "bob", "--spring.datasource.url=" + database)).isOne();
        assertThat(weak.output()).contains("Error: password: must be at least 10 characters");

        var silent = new FakeTerminal(Map.of(), false, List.of());
        assertThat(run(silent, "createsuperuser", "--username", "bob")).isEqualTo(2);
        assertThat(silent.output()).contains("Set ADMIN_PASSWORD");
    }

    @Test
    void help_andUnknownUsage_explainTheCommands() {
        var help = new FakeTerminal(Map.of(), false, List.of());
        assertThat(run(help, "help")).isZero();
        assertThat(help.output()).contains("createsuperuser", "changepassword");
        assertThat(PlatformCommands.isCommand(new String[] {"--server.port=9000"})).isFalse();
        var stray = new FakeTerminal(Map.of(), false, List.of());
        assertThat(run(stray, "createsuperuser", "admin")).isEqualTo(2);
    }
}
