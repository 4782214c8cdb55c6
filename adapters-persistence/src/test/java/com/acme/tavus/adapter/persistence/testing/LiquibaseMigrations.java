package com.acme.tavus.adapter.persistence.testing;

import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ui.LoggerUIService;

/**
 * Applies the module's real Liquibase changelog to a test database, through Liquibase's Java API
 * (the same changelog production applies through Spring Boot, and the build applies to the H2
 * schema it generates the jOOQ classes from). Analytics are off, the update summary goes to the log
 * rather than stdout, and Liquibase's own {@code java.util.logging} output is limited to warnings.
 */
public final class LiquibaseMigrations {

    /** The master changelog, as a classpath resource. */
    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    /** Held so the level survives: java.util.logging keeps loggers only weakly. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private LiquibaseMigrations() {}

    /** Runs Liquibase {@code update}; already-applied change sets are skipped, so reruns are no-ops. */
    public static void migrate(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            var database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(
                    Map.of(AnalyticsArgs.ENABLED.getKey(), false, Scope.Attr.ui.name(), new LoggerUIService()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .execute());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to migrate the test database", e);
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase update of " + CHANGELOG + " failed", e);
        }
    }
}
