package com.acme.tavus.bootstrap.cli;

import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.DomainException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar tavus-platform.jar create-token --name ops --team platform --scopes read,write,admin}:
 * issues a database token against the configured database (the same {@code SPRING_DATASOURCE_*}
 * settings as the service; Liquibase migrates a fresh database first), prints it once and exits,
 * without starting the web server. The way to make the first admin token of an install.
 *
 * <p>Options: {@code --name}, {@code --team}, {@code --scopes} (comma-separated: read, write,
 * admin), optionally {@code --expires-in-days} (1-365, default 90). Any other {@code --key=value}
 * is handed to Spring ({@code --spring.datasource.url=...}). The token is the last line of the
 * output; everything else goes to standard error, so {@code TOKEN=$(... create-token ...)} captures
 * only the token. Exit codes: 0 issued, 2 wrong usage, 1 failure (database unreachable, ...).
 *
 * <p>This package is the one place allowed to write to the standard streams and to wait for a
 * result (ArchUnit): a command line does both by nature.
 */
public final class TokenCommandLine {

    public static final String COMMAND = "create-token";
    static final String USAGE = "usage: java -jar tavus-platform.jar " + COMMAND
            + " --name <name> --team <team> --scopes <read,write,admin> [--expires-in-days <1-365>]"
            + " [--spring.datasource.url=<jdbc url> ...]";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> OPTIONS = List.of("name", "team", "scopes", "expires-in-days");

    private TokenCommandLine() {}

    /** True when the process was started to run this command rather than the service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** Runs the command on the process's standard streams; answers the exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs the command, the token to {@code out}, everything else to {@code err}; answers the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        IssueApiTokenCommand command;
        var springArgs = new ArrayList<String>();
        try {
            command = parse(args, springArgs);
        } catch (IllegalArgumentException | DomainException e) {
            err.println(COMMAND + ": " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        // A token is durable state: the command line always uses the database, whatever PERSISTENCE says.
        springArgs.addFirst("--platform.persistence=jooq");
        if (springArgs.stream().noneMatch(arg -> arg.startsWith("--logging.level.root="))) {
            springArgs.addFirst("--logging.level.root=warn");
        }
        var application = new SpringApplicationBuilder(TokenCommandLineContext.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.main.register-shutdown-hook=false");
        // Log lines go where System.out points when they are written: to standard error while Spring
        // runs, so standard output carries the token and nothing else.
        var stdout = System.out;
        String secret;
        System.setOut(err);
        try (var context = application.run(springArgs.toArray(String[]::new))) {
            var issued = context.getBean(IssueApiTokenUseCase.class).issue(command, actor()).block(TIMEOUT);
            var token = issued.view().token();
            err.printf("Issued API token %s for %s (scopes: %s; expires %s).%n", token.id(), token.actor().name(),
                    token.scopes().stream().sorted().map(Scope::value).collect(Collectors.joining(", ")),
                    DateTimeFormatter.ISO_INSTANT.format(token.expiresAt()));
            err.println("Store it now: it is not shown again, and the platform keeps only its hash.");
            secret = issued.secret();
        } catch (RuntimeException e) {
            err.println(COMMAND + ": could not issue the token: " + rootMessage(e));
            return 1;
        } finally {
            System.setOut(stdout);
        }
        out.println(secret);
        return 0;
    }

    private static IssueApiTokenCommand parse(String[] args, List<String> springArgs) {
        var values = new HashMap<String, String>();
        for (var i = 1; i < args.length; i++) {
            var arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            var equals = arg.indexOf('=');
            var key = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (!OPTIONS.contains(key)) {
                if (equals < 0) {
                    throw new IllegalArgumentException("unknown option --" + key);
                }
                springArgs.add(arg);
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException("--" + key + " is given twice");
            }
        }
        return new IssueApiTokenCommand(values.get("name"), values.get("team"), scopes(values),
                null, days(values.get("expires-in-days")));
    }

    private static EnumSet<Scope> scopes(Map<String, String> values) {
        var scopes = EnumSet.noneOf(Scope.class);
        var given = values.get("scopes");
        if (given == null) {
            return scopes;
        }
        for (var name : given.split(",")) {
            if (!name.isBlank()) {
                scopes.add(Scope.fromValue(name.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "--scopes: '" + name.strip() + "' is not one of " + Scope.allValues())));
            }
        }
        return scopes;
    }

    private static Integer days(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--expires-in-days must be a whole number of days");
        }
    }

    /** Recorded as the token's creator: the command line, and the operating-system user who ran it. */
    private static Actor actor() {
        return new Actor("cli:" + System.getProperty("user.name", "unknown"));
    }

    private static String rootMessage(Throwable error) {
        var root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
