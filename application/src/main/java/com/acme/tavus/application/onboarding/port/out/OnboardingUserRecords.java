package com.acme.tavus.application.onboarding.port.out;

import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.Page;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The onboarding users ({@code users}) as records to browse and keep by hand, next to the flow's
 * own find-or-create ({@link OnboardingUsers}). Emails stay unique regardless of case.
 */
public interface OnboardingUserRecords {

    Mono<Page<OnboardingUser>> list(RecordQuery<OnboardingUser.Attribute> query);

    /** Empty when there is no such user. */
    Mono<OnboardingUser> findById(UUID id);

    /** Stores a new user; fails with {@code InvalidValueException} on {@code email} when the address is taken. */
    Mono<Void> add(OnboardingUser user);

    /** Replaces the user with the same id; fails like {@link #add} when another user has the address. */
    Mono<Void> update(OnboardingUser user);

    /**
     * Deletes the user. Their tracked conversations stay, no longer linked to anyone, in the same
     * transaction. Emits whether the user existed.
     */
    Mono<Boolean> delete(UUID id);
}
