package com.acme.tavus.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Wrong usage is answered before any Spring context or database is touched (exit code 2). */
class TokenCommandLineTest {

    @Test
    void handles_onlyTheCreateTokenCommand() {
        assertThat(TokenCommandLine.handles(new String[] {"create-token", "--name", "x"})).isTrue();
        assertThat(TokenCommandLine.handles(new String[] {"--server.port=9090"})).isFalse();
        assertThat(TokenCommandLine.handles(new String[] {})).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            create-token --name ops --team platform                                        | scopes: at least one of read, write, admin is required
            create-token --team platform --scopes read                                     | name: is required
            create-token --name ops --team platform --scopes read,root                     | --scopes: 'root' is not one of read, write, admin
            create-token --name ops --team platform --scopes read --expires-in-days soon   | --expires-in-days must be a whole number of days
            create-token --name ops --team platform --scopes read --expires-in-days 400    | expires_in_days: must be between 1 and 365
            create-token --name ops --name other --team platform --scopes read             | --name is given twice
            create-token --name ops --team platform --scopes read --verbose                | unknown option --verbose
            create-token --name ops --team platform --scopes read extra                    | unexpected argument 'extra'
            create-token --name ops --team platform --scopes                               | --scopes needs a value
            """)
    void wrongUsage_isExitCode2_withTheReasonAndTheUsage(String commandLine, String reason) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        var exit = TokenCommandLine.run(commandLine.split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("create-token: " + reason).contains(TokenCommandLine.USAGE);
    }
}
