package com.acme.tavus.bootstrap.cli;

import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.bootstrap.config.AdminCommandLineConfiguration;
import com.acme.tavus.domain.shared.DomainException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code createsuperuser} and {@code changepassword}, after Django's: they work on the database the
 * server is configured with (the same application.yml and variables, so the H2 file under
 * {@code ./data} by default), migrating it first if it is new.
 *
 * <p>The password comes from {@value #PASSWORD_VARIABLE} when set (for scripts), else it is asked
 * for twice without echo. Options: {@code --username NAME}, {@code --email ADDRESS}; any other
 * {@code --name=value} is passed to Spring (e.g. {@code --spring.datasource.url=...}).
 */
final class AdminCommands {

    static final String PASSWORD_VARIABLE = "ADMIN_PASSWORD";
    static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final int PASSWORD_ATTEMPTS = 3;
    private static final Set<String> OWN_OPTIONS = Set.of("username", "email");
    /** Quiet start: the commands' own lines are the output. */
    private static final List<String> QUIET = List.of("--logging.level.root=warn", "--spring.main.banner-mode=off",
            "--spring.liquibase.show-summary=off");

    private AdminCommands() {}

    static final PlatformCommands.Command CREATE_SUPERUSER = new PlatformCommands.Command() {
        @Override
        public int run(String[] arguments, Terminal terminal) {
            return withOptions(arguments, terminal, options -> {
                var username = username(options, terminal);
                if (username == null) {
                    return PlatformCommands.USAGE;
                }
                var email = options.own().containsKey("username") ? options.own().get("email")
                        : options.own().getOrDefault("email", ask(terminal, "Email address (optional): "));
                var password = password(terminal);
                if (password == null) {
                    return PlatformCommands.USAGE;
                }
                return withUseCase(options.spring(), terminal, manage -> {
                    manage.createSuperuser(username, email, password).block(TIMEOUT);
                    terminal.out().println("Superuser created successfully.");
                    return PlatformCommands.OK;
                });
            });
        }

        @Override
        public String summary() {
            return "create an admin who may do everything (--username NAME [--email ADDRESS]; password from "
                    + PASSWORD_VARIABLE + " or asked)";
        }
    };

    static final PlatformCommands.Command CHANGE_PASSWORD = new PlatformCommands.Command() {
        @Override
        public int run(String[] arguments, Terminal terminal) {
            return withOptions(arguments, terminal, options -> {
                var username = username(options, terminal);
                if (username == null) {
                    return PlatformCommands.USAGE;
                }
                var password = password(terminal);
                if (password == null) {
                    return PlatformCommands.USAGE;
                }
                return withUseCase(options.spring(), terminal, manage -> {
                    manage.resetPassword(username, password).block(TIMEOUT);
                    terminal.out().println("Password changed successfully for user '" + username + "'.");
                    return PlatformCommands.OK;
                });
            });
        }

        @Override
        public String summary() {
            return "set an admin's password (--username NAME; password from " + PASSWORD_VARIABLE + " or asked)";
        }
    };

    record Options(Map<String, String> own, List<String> spring) {}

    private static int withOptions(String[] arguments, Terminal terminal, Function<Options, Integer> command) {
        var own = new LinkedHashMap<String, String>();
        var spring = new ArrayList<String>(QUIET);
        for (var i = 0; i < arguments.length; i++) {
            var argument = arguments[i];
            if (!argument.startsWith("--")) {
                terminal.err().println("Error: unexpected argument '" + argument + "'.");
                return PlatformCommands.USAGE;
            }
            var equals = argument.indexOf('=');
            var name = argument.substring(2, equals < 0 ? argument.length() : equals);
            if (OWN_OPTIONS.contains(name)) {
                if (equals >= 0) {
                    own.put(name, argument.substring(equals + 1));
                } else if (i + 1 < arguments.length) {
                    own.put(name, arguments[++i]);
                } else {
                    terminal.err().println("Error: --" + name + " needs a value.");
                    return PlatformCommands.USAGE;
                }
            } else {
                spring.add(argument);
            }
        }
        return command.apply(new Options(own, spring));
    }

    /** The {@code --username}, else asked; {@code null} (after saying so) when there is none. */
    private static String username(Options options, Terminal terminal) {
        var value = options.own().get("username");
        if (value == null || value.isBlank()) {
            value = ask(terminal, "Username: ");
        }
        if (value == null || value.isBlank()) {
            terminal.err().println("Error: a username is required (--username NAME).");
            return null;
        }
        return value.strip();
    }

    private static String ask(Terminal terminal, String prompt) {
        return terminal.interactive() ? terminal.readLine(prompt) : null;
    }

    /** The password from the variable, else asked twice; {@code null} (after saying why) when there is none. */
    private static String password(Terminal terminal) {
        var fromEnvironment = terminal.env(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        if (!terminal.interactive()) {
            terminal.err().println("Error: no password given. Set " + PASSWORD_VARIABLE
                    + ", or run the command in a terminal to be asked for one.");
            return null;
        }
        for (var attempt = 0; attempt < PASSWORD_ATTEMPTS; attempt++) {
            var first = terminal.readPassword("Password: ");
            var second = terminal.readPassword("Password (again): ");
            if (first == null || second == null) {
                break;
            }
            if (first.isEmpty()) {
                terminal.err().println("Error: Blank passwords aren't allowed.");
            } else if (!first.equals(second)) {
                terminal.err().println("Error: Your passwords didn't match.");
            } else {
                return first;
            }
        }
        terminal.err().println("Error: no password was set.");
        return null;
    }

    /** Admin accounts are durable state: the command line always uses the database, whatever PERSISTENCE says. */
    private static String[] withTheDatabase(List<String> springArguments) {
        var arguments = new ArrayList<String>();
        arguments.add("--platform.persistence=jooq");
        arguments.addAll(springArguments);
        return arguments.toArray(String[]::new);
    }

    private static int withUseCase(List<String> springArguments, Terminal terminal,
            Function<ManageAdminUsersUseCase, Integer> work) {
        try (var context = new SpringApplicationBuilder(AdminCommandLineConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(withTheDatabase(springArguments))) {
            return work.apply(context.getBean(ManageAdminUsersUseCase.class));
        } catch (DomainException | NotFoundException refused) {
            terminal.err().println("Error: " + refused.getMessage());
            return PlatformCommands.FAILED;
        } catch (RuntimeException failed) {
            terminal.err().println("Error: " + rootMessage(failed));
            terminal.err().println("(With the default H2 file, stop the running server first: H2 allows one process.)");
            return PlatformCommands.FAILED;
        }
    }

    private static String rootMessage(Throwable error) {
        var cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
