package com.acme.tavus.adapter.persistence.onboarding;

import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.application.testing.contract.OnboardingUsersContract;
import org.jooq.DSLContext;

/** The onboarding users contract on a real database; subclasses only supply a migrated {@link DSLContext}. */
abstract class JooqOnboardingUsersTestBase extends OnboardingUsersContract {

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected OnboardingUsers users() {
        return new JooqOnboardingUsers(dsl());
    }

    @Override
    protected OnboardingUserRecords userRecords() {
        return new JooqOnboardingUserRecords(dsl());
    }

    @Override
    protected ConversationRecords conversations() {
        return new JooqConversationRecords(dsl());
    }
}
