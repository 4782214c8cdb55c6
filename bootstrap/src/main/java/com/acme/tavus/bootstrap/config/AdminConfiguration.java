package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.web.admin.security.SpringPasswordHasher;
import com.acme.tavus.application.admin.AdminLogService;
import com.acme.tavus.application.admin.AdminLoginService;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.admin.LoginThrottle;
import com.acme.tavus.application.admin.port.in.AuthenticateAdminUseCase;
import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.admin.port.out.PasswordHasher;
import com.acme.tavus.application.conversation.ConversationRecordQueryService;
import com.acme.tavus.application.conversation.port.in.ConversationRecordQueries;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.OnboardingUserService;
import com.acme.tavus.application.onboarding.RefreshConversationService;
import com.acme.tavus.application.onboarding.WebhookEventQueryService;
import com.acme.tavus.application.onboarding.port.in.RefreshConversationUseCase;
import com.acme.tavus.application.onboarding.port.in.WebhookEventQueries;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.shared.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin site's use cases and stores (docs/admin.md). The web adapter finds the pages, the model
 * admins and the admin security chain by component scan; they need these beans. The command line
 * ({@code createsuperuser}) builds its own, smaller set ({@link AdminCommandLineConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    PasswordHasher passwordHasher(AdminProperties admin) {
        return new SpringPasswordHasher(admin.passwordStrength());
    }

    /** Offers {@code AdminUserQueries} and {@code ManageAdminUsersUseCase}. */
    @Bean
    AdminUserService adminUserService(AdminUsers users, PasswordHasher hasher, IdGenerator ids, Clock clock) {
        return new AdminUserService(users, hasher, ids, clock);
    }

    @Bean
    AuthenticateAdminUseCase authenticateAdminUseCase(
            AdminUsers users, PasswordHasher hasher, AdminProperties admin, Clock clock) {
        return new AdminLoginService(users, hasher, new LoginThrottle(admin.loginMaxFailures(), admin.loginWindow()),
                clock);
    }

    /** Offers {@code RecordAdminActionUseCase} and {@code AdminLogQueries}. */
    @Bean
    AdminLogService adminLogService(AdminLog log, IdGenerator ids, Clock clock) {
        return new AdminLogService(log, ids, clock);
    }

    /** Offers {@code OnboardingUserQueries} and {@code ManageOnboardingUsersUseCase}. */
    @Bean
    OnboardingUserService onboardingUserService(OnboardingUserRecords users, IdGenerator ids, Clock clock) {
        return new OnboardingUserService(users, ids, clock);
    }

    @Bean
    ConversationRecordQueries conversationRecordQueries(ConversationRecords records, ConversationRecordSearch search) {
        return new ConversationRecordQueryService(records, search);
    }

    @Bean
    WebhookEventQueries webhookEventQueries(WebhookEvents events) {
        return new WebhookEventQueryService(events);
    }

    @Bean
    RefreshConversationUseCase refreshConversationUseCase(ConversationRecords records, ConversationProvider provider,
            CallbackLedger ledger, ConversationUpdates updates, Clock clock) {
        return new RefreshConversationService(records, provider, ledger, updates, clock);
    }
}
