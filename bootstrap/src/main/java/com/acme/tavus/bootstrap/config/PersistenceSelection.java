package com.acme.tavus.bootstrap.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads {@code platform.persistence} ({@code jooq}, the default, or {@code memory}; ADR 0015) before
 * the context starts. With {@code memory} it adds the database auto-configurations (DataSource,
 * its transaction manager, Liquibase, jOOQ) to {@code spring.autoconfigure.exclude}, keeping any
 * exclusions already configured, so no connection pool is opened and no migration runs. Any other
 * value stops the start with a message naming the property. Registered in {@code META-INF/spring.factories}.
 */
public class PersistenceSelection implements EnvironmentPostProcessor {

    static final String PROPERTY = "platform.persistence";
    static final String JOOQ = "jooq";
    static final String MEMORY = "memory";

    static final List<String> DATABASE_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
            "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration");

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var selected = environment.getProperty(PROPERTY, JOOQ).trim();
        if (selected.equals(JOOQ)) {
            return;
        }
        if (!selected.equals(MEMORY)) {
            throw new IllegalStateException(
                    PROPERTY + " must be '" + JOOQ + "' or '" + MEMORY + "', not '" + selected + "'");
        }
        var excluded = new LinkedHashSet<String>();
        for (var already : environment.getProperty(EXCLUDE, String[].class, new String[0])) {
            if (!already.isBlank()) {
                excluded.add(already.trim());
            }
        }
        excluded.addAll(DATABASE_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(
                new MapPropertySource("platformPersistenceSelection", Map.of(EXCLUDE, String.join(",", excluded))));
    }
}
