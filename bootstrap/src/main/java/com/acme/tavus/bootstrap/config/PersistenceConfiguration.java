package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import org.jooq.DSLContext;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jOOQ repositories over Boot's DataSource (H2 file by default, PostgreSQL when
 * {@code SPRING_DATASOURCE_URL} says so). Liquibase migrates the schema before they are used.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    /** Generated classes carry H2's upper-case names; unquoted rendering makes them portable. */
    @Bean
    DefaultConfigurationCustomizer platformJooqSettings() {
        return configuration -> configuration.set(JooqSettings.platformDefaults());
    }

    @Bean
    ConversationRecords conversationRecords(DSLContext dsl) {
        return new JooqConversationRecords(dsl);
    }
}
