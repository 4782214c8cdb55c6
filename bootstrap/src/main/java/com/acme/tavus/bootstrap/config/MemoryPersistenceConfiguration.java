package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.memory.MemoryAdminLog;
import com.acme.tavus.adapter.memory.MemoryAdminUsers;
import com.acme.tavus.adapter.memory.MemoryApiTokenStore;
import com.acme.tavus.adapter.memory.MemoryAuditLog;
import com.acme.tavus.adapter.memory.MemoryCallbackLedger;
import com.acme.tavus.adapter.memory.MemoryConversationRecords;
import com.acme.tavus.adapter.memory.MemoryIdempotencyRecords;
import com.acme.tavus.adapter.memory.MemoryOnboardingUsers;
import com.acme.tavus.adapter.memory.MemorySingleRunnerLock;
import com.acme.tavus.adapter.memory.MemoryWebhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every persistence port in process memory ({@code platform.persistence=memory}, ADR 0015): no
 * database, no migrations, nothing kept across a restart, and nothing evicted while running. For
 * tests and for trying the service out; {@link PersistenceSelection} keeps the DataSource, Liquibase
 * and jOOQ auto-configuration off. Each bean serves every port its class implements (the
 * conversation records are also the search and the reconciler's query, and so on).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PersistenceSelection.PROPERTY, havingValue = PersistenceSelection.MEMORY)
class MemoryPersistenceConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryPersistenceConfiguration.class);

    /** Also {@code ConversationRecordSearch} and {@code OpenConversations}. */
    @Bean
    MemoryConversationRecords conversationRecords(MemoryWebhooks webhooks) {
        LOG.warn("platform.persistence=memory: records are kept in this process only and lost on restart; "
                + "not for production");
        return new MemoryConversationRecords(webhooks);
    }

    /** {@code WebhookSubscriptions} and {@code ConversationEventOutbox}; the records above write their events here. */
    @Bean
    MemoryWebhooks webhooks() {
        return new MemoryWebhooks();
    }

    /** Also {@code WebhookEvents}. */
    @Bean
    MemoryCallbackLedger callbackLedger(MemoryConversationRecords conversationRecords) {
        return new MemoryCallbackLedger(conversationRecords);
    }

    /** Also {@code OnboardingUserRecords}. */
    @Bean
    MemoryOnboardingUsers onboardingUsers(MemoryConversationRecords conversationRecords) {
        return new MemoryOnboardingUsers(conversationRecords);
    }

    @Bean
    MemoryIdempotencyRecords idempotencyRecords() {
        return new MemoryIdempotencyRecords();
    }

    @Bean
    MemoryAuditLog auditLog() {
        return new MemoryAuditLog();
    }

    @Bean
    MemoryAdminUsers adminUsers() {
        return new MemoryAdminUsers();
    }

    @Bean
    MemoryAdminLog adminLog() {
        return new MemoryAdminLog();
    }

    /** Job locks within this process: a memory install is one instance. */
    @Bean
    MemorySingleRunnerLock singleRunnerLock() {
        return new MemorySingleRunnerLock();
    }

    /** No cache in front: a lookup is one map read, and a revocation shows at once. */
    @Bean
    MemoryApiTokenStore apiTokenStore() {
        return new MemoryApiTokenStore();
    }
}
