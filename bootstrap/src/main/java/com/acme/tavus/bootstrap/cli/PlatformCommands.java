package com.acme.tavus.bootstrap.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The commands {@code java -jar tavus-platform.jar <command>} runs instead of the server. Only a
 * known command name as the first argument selects one; anything else starts the server as before.
 * Exit codes: 0 done, 1 refused or failed, 2 used wrongly.
 */
public final class PlatformCommands {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** A command: runs with the arguments after its name. */
    interface Command {
        int run(String[] arguments, Terminal terminal);

        String summary();
    }

    private static final Map<String, Command> COMMANDS = commands();

    private PlatformCommands() {}

    private static Map<String, Command> commands() {
        var commands = new LinkedHashMap<String, Command>();
        commands.put("createsuperuser", AdminCommands.CREATE_SUPERUSER);
        commands.put("changepassword", AdminCommands.CHANGE_PASSWORD);
        commands.put(TokenCommandLine.COMMAND, new Command() {
            @Override
            public int run(String[] arguments, Terminal terminal) {
                // TokenCommandLine reads its options after the command name, as the process received them.
                var withName = new String[arguments.length + 1];
                withName[0] = TokenCommandLine.COMMAND;
                System.arraycopy(arguments, 0, withName, 1, arguments.length);
                return TokenCommandLine.run(withName, terminal.out(), terminal.err());
            }

            @Override
            public String summary() {
                return "issue an API token (--name, --team, --scopes read,write,admin, --expires-in-days)";
            }
        });
        return commands;
    }

    /** True when {@code args} name a command rather than server options. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || "help".equals(args[0]));
    }

    /** Runs the command named by {@code args[0]}; returns the exit code. */
    public static int run(String[] args, Terminal terminal) {
        if (!isCommand(args) || "help".equals(args[0])) {
            terminal.out().println("Usage: java -jar tavus-platform.jar <command> [options]");
            terminal.out().println("Without a command the server starts. Commands:");
            COMMANDS.forEach((name, command) -> terminal.out().printf("  %-16s %s%n", name, command.summary()));
            return args.length > 0 && "help".equals(args[0]) ? OK : USAGE;
        }
        return COMMANDS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length), terminal);
    }
}
