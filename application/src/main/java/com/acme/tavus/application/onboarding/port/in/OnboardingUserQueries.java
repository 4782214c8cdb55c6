package com.acme.tavus.application.onboarding.port.in;

import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.Page;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Reads the people sent through onboarding. */
public interface OnboardingUserQueries {

    Mono<Page<OnboardingUser>> list(RecordQuery<OnboardingUser.Attribute> query);

    /** One user; fails with {@code NotFoundException} when there is none. */
    Mono<OnboardingUser> get(UUID id);
}
