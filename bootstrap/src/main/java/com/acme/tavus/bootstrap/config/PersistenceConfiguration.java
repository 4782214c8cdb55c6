package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.admin.JooqAdminLog;
import com.acme.tavus.adapter.persistence.admin.JooqAdminUsers;
import com.acme.tavus.adapter.persistence.audit.JooqAuditLog;
import com.acme.tavus.adapter.persistence.conversation.JooqCallbackLedger;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecordSearch;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.adapter.persistence.conversation.JooqOpenConversations;
import com.acme.tavus.adapter.persistence.idempotency.JooqIdempotencyRecords;
import com.acme.tavus.adapter.persistence.onboarding.JooqOnboardingUserRecords;
import com.acme.tavus.adapter.persistence.onboarding.JooqOnboardingUsers;
import com.acme.tavus.adapter.persistence.onboarding.JooqWebhookEvents;
import com.acme.tavus.adapter.persistence.scheduling.JooqSingleRunnerLock;
import com.acme.tavus.adapter.persistence.webhook.JooqConversationEventOutbox;
import com.acme.tavus.adapter.persistence.webhook.JooqWebhookSubscriptions;
import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.shared.port.out.SingleRunnerLock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jOOQ repositories over Boot's DataSource (H2 file by default, PostgreSQL when
 * {@code SPRING_DATASOURCE_URL} says so): every persistence port but the API token store (see
 * {@link ApiTokenStoreConfiguration}). Liquibase migrates the schema before they are used. The
 * default; {@code platform.persistence=memory} swaps in {@link MemoryPersistenceConfiguration} (ADR 0015).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PersistenceSelection.PROPERTY, havingValue = PersistenceSelection.JOOQ, matchIfMissing = true)
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

    @Bean
    ConversationRecordSearch conversationRecordSearch(DSLContext dsl) {
        return new JooqConversationRecordSearch(dsl);
    }

    @Bean
    OpenConversations openConversations(DSLContext dsl) {
        return new JooqOpenConversations(dsl);
    }

    @Bean
    CallbackLedger callbackLedger(DSLContext dsl) {
        return new JooqCallbackLedger(dsl);
    }

    @Bean
    WebhookEvents webhookEvents(DSLContext dsl) {
        return new JooqWebhookEvents(dsl);
    }

    @Bean
    OnboardingUsers onboardingUsers(DSLContext dsl) {
        return new JooqOnboardingUsers(dsl);
    }

    @Bean
    OnboardingUserRecords onboardingUserRecords(DSLContext dsl) {
        return new JooqOnboardingUserRecords(dsl);
    }

    @Bean
    IdempotencyRecords idempotencyRecords(DSLContext dsl) {
        return new JooqIdempotencyRecords(dsl);
    }

    @Bean
    AuditLog auditLog(DSLContext dsl) {
        return new JooqAuditLog(dsl);
    }

    @Bean
    AdminUsers adminUsers(DSLContext dsl) {
        return new JooqAdminUsers(dsl);
    }

    @Bean
    AdminLog adminLog(DSLContext dsl) {
        return new JooqAdminLog(dsl);
    }

    /** The deployment-wide job locks (ADR 0020), naming this instance in {@code job_locks.locked_by}. */
    @Bean
    SingleRunnerLock singleRunnerLock(DSLContext dsl) {
        return new JooqSingleRunnerLock(dsl, instanceName());
    }

    /** {@code HOSTNAME} (a container's, a Kubernetes pod's name), else the host's name. */
    static String instanceName() {
        var hostname = System.getenv("HOSTNAME");
        if (hostname != null && !hostname.isBlank()) {
            return hostname.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Bean
    WebhookSubscriptions webhookSubscriptions(DSLContext dsl) {
        return new JooqWebhookSubscriptions(dsl);
    }

    /** The conversation repositories above write into the same outbox, inside their transactions. */
    @Bean
    ConversationEventOutbox conversationEventOutbox(DSLContext dsl) {
        return new JooqConversationEventOutbox(dsl);
    }
}
