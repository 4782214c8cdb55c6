package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.application.admin.AdminLogService;
import com.acme.tavus.application.admin.AdminLoginService;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.admin.LoginThrottle;
import com.acme.tavus.application.audit.AuditQueryService;
import com.acme.tavus.application.conversation.ConversationRecordQueryService;
import com.acme.tavus.application.onboarding.OnboardingUserService;
import com.acme.tavus.application.onboarding.RefreshConversationService;
import com.acme.tavus.application.onboarding.WebhookEventQueryService;
import com.acme.tavus.application.testing.InMemoryAdminLog;
import com.acme.tavus.application.testing.InMemoryAdminUsers;
import com.acme.tavus.application.testing.InMemoryAuditLog;
import com.acme.tavus.application.testing.InMemoryCallbackLedger;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.application.testing.InMemoryOnboardingUsers;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.RecordingConversationUpdates;
import com.acme.tavus.application.testing.InMemoryWebhookSubscriptions;
import com.acme.tavus.application.testing.ScriptedWebhookOutbox;
import com.acme.tavus.application.testing.TestPasswordHasher;
import com.acme.tavus.application.webhook.WebhookSubscriptionService;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin site's use cases for the web tests: real services over the application's in-memory
 * fakes and a fast test hasher. Picked up by the web tests' component scan, so every web test still
 * shares one context; tests create their own, uniquely named admins and records.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebTestBeans {

    @Bean
    InMemoryAdminUsers adminUsers() {
        return new InMemoryAdminUsers();
    }

    @Bean
    InMemoryAdminLog adminLog() {
        return new InMemoryAdminLog();
    }

    @Bean
    AdminUserService adminUserService(InMemoryAdminUsers users, MutableClock clock) {
        return new AdminUserService(users, new TestPasswordHasher(), UUID::randomUUID, clock);
    }

    @Bean
    AdminLoginService adminLoginService(InMemoryAdminUsers users, MutableClock clock) {
        return new AdminLoginService(users, new TestPasswordHasher(), new LoginThrottle(5, Duration.ofMinutes(15)), clock);
    }

    @Bean
    AdminLogService adminLogService(InMemoryAdminLog log, MutableClock clock) {
        return new AdminLogService(log, UUID::randomUUID, clock);
    }

    /** The audit trail as the admin reads it; tests append entries to it (the web edge records elsewhere). */
    @Bean
    InMemoryAuditLog adminAuditLog() {
        return new InMemoryAuditLog();
    }

    @Bean
    AuditQueryService auditQueries(InMemoryAuditLog adminAuditLog) {
        return new AuditQueryService(adminAuditLog);
    }

    @Bean
    InMemoryOnboardingUsers adminOnboardingUsers(InMemoryConversationRecords records) {
        return new InMemoryOnboardingUsers(records);
    }

    @Bean
    OnboardingUserService onboardingUserService(InMemoryOnboardingUsers users, MutableClock clock) {
        return new OnboardingUserService(users, UUID::randomUUID, clock);
    }

    @Bean
    ConversationRecordQueryService conversationRecordQueries(InMemoryConversationRecords records) {
        return new ConversationRecordQueryService(records, records);
    }

    @Bean
    InMemoryCallbackLedger adminCallbackLedger(InMemoryConversationRecords records) {
        return new InMemoryCallbackLedger(records);
    }

    @Bean
    WebhookEventQueryService webhookEventQueries(InMemoryCallbackLedger adminCallbackLedger) {
        return new WebhookEventQueryService(adminCallbackLedger);
    }

    @Bean
    RefreshConversationService refreshConversation(InMemoryConversationRecords records,
            ScriptedConversationProvider provider, InMemoryCallbackLedger adminCallbackLedger, MutableClock clock) {
        return new RefreshConversationService(records, provider, adminCallbackLedger, new RecordingConversationUpdates(),
                clock);
    }

    @Bean
    ScriptedWebhookOutbox webhookOutbox() {
        return new ScriptedWebhookOutbox();
    }

    /** Behind the webhook API and the webhook admin pages. */
    @Bean
    WebhookSubscriptionService webhookSubscriptionService(ScriptedWebhookOutbox webhookOutbox, MutableClock clock) {
        return new WebhookSubscriptionService(new InMemoryWebhookSubscriptions(), webhookOutbox, false, UUID::randomUUID,
                clock);
    }
}
