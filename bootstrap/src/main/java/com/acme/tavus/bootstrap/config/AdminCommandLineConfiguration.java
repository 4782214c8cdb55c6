package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.persistence.admin.JooqAdminUsers;
import com.acme.tavus.adapter.web.admin.security.SpringPasswordHasher;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase;
import com.acme.tavus.application.shared.IdGenerator;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What the admin commands ({@code createsuperuser}, {@code changepassword}) need and nothing more:
 * the configured database (the same {@code application.yml} and variables as the server, so the
 * same H2 file or PostgreSQL), migrated by Liquibase, and the admin accounts' use case. No web
 * server, no Tavus client.
 *
 * <p>Deliberately not a {@code @Configuration}: the server's component scan must not find it (its
 * use case bean would clash with the server's). The command passes it to Spring as the source.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, LiquibaseAutoConfiguration.class, JooqAutoConfiguration.class})
@EnableConfigurationProperties(AdminProperties.class)
@Import(PersistenceConfiguration.class)
public class AdminCommandLineConfiguration {

    @Bean
    ManageAdminUsersUseCase manageAdminUsers(DSLContext dsl, AdminProperties admin) {
        return new AdminUserService(new JooqAdminUsers(dsl), new SpringPasswordHasher(admin.passwordStrength()),
                IdGenerator.randomUuids(), Clock.systemUTC());
    }
}
