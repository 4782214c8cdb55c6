package com.acme.tavus.bootstrap.cli;

import java.io.PrintStream;

/** What a command may use of the world: variables, the person at the keyboard, and output. */
public interface Terminal {

    /** An environment variable, or {@code null}. */
    String env(String name);

    /** True when someone can be asked (a console is attached). */
    boolean interactive();

    /** Asks for a line; {@code null} when not interactive or at end of input. */
    String readLine(String prompt);

    /** Asks for a secret without echoing it; {@code null} when not interactive or at end of input. */
    String readPassword(String prompt);

    PrintStream out();

    PrintStream err();

    /** The process's own environment, console and standard streams. */
    static Terminal system() {
        return new Terminal() {
            @Override
            public String env(String name) {
                return System.getenv(name);
            }

            @Override
            public boolean interactive() {
                return System.console() != null;
            }

            @Override
            public String readLine(String prompt) {
                return System.console() == null ? null : System.console().readLine("%s", prompt);
            }

            @Override
            public String readPassword(String prompt) {
                if (System.console() == null) {
                    return null;
                }
                var password = System.console().readPassword("%s", prompt);
                return password == null ? null : new String(password);
            }

            @Override
            public PrintStream out() {
                return System.out;
            }

            @Override
            public PrintStream err() {
                return System.err;
            }
        };
    }
}
