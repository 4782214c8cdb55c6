package com.acme.tavus.application.onboarding.port.in;

import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.Actor;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Use case: correct the onboarding users by hand (the flow itself only finds or creates them).
 * Details are checked as the onboarding request checks them ({@link Applicant}); an email another
 * user has, in any case, is refused on {@code email}.
 */
public interface ManageOnboardingUsersUseCase {

    Mono<OnboardingUser> create(Applicant details, Actor actor);

    /** Fails with {@code NotFoundException} when there is no such user. */
    Mono<OnboardingUser> update(UUID id, Applicant details, Actor actor);

    /** Deletes the user; their tracked conversations are kept, unlinked. */
    Mono<Void> delete(UUID id, Actor actor);
}
