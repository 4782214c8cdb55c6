package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.application.testing.contract.OnboardingUsersContract;

/** The onboarding users contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryOnboardingUsersContractTest extends OnboardingUsersContract {

    private final MemoryConversationRecords records = new MemoryConversationRecords();
    private final MemoryOnboardingUsers users = new MemoryOnboardingUsers(records);

    @Override
    protected OnboardingUsers users() {
        return users;
    }

    @Override
    protected OnboardingUserRecords userRecords() {
        return users;
    }

    @Override
    protected ConversationRecords conversations() {
        return records;
    }
}
