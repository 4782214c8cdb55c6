package com.acme.tavus.bootstrap.cli;

import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.bootstrap.config.ApiTokenStoreConfiguration;
import java.time.Clock;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The small Spring context the command line runs in: the configured database (Boot's DataSource,
 * Liquibase, jOOQ, configured exactly as the service does) and token management, nothing else: no
 * web server, no Tavus, no schedulers, no actuator. Only these auto-configurations are imported, so
 * the command starts in a few seconds.
 *
 * <p>Deliberately not a {@code @Configuration}: the service's own component scan covers this package
 * and must not pick it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
    LiquibaseAutoConfiguration.class, JooqAutoConfiguration.class})
@Import(ApiTokenStoreConfiguration.class)
class TokenCommandLineContext {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdGenerator idGenerator() {
        return IdGenerator.randomUuids();
    }
}
