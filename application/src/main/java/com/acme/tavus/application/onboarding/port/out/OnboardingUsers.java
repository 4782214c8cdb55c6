package com.acme.tavus.application.onboarding.port.out;

import com.acme.tavus.domain.onboarding.OnboardingUser;
import reactor.core.publisher.Mono;

/** The people sent through onboarding ({@code users}), unique by email regardless of case. */
public interface OnboardingUsers {

    /**
     * The stored user whose email equals {@code candidate}'s ignoring case, or {@code candidate}
     * itself once stored. Safe under concurrent calls for the same address: both get the same user.
     */
    Mono<OnboardingUser> findOrCreate(OnboardingUser candidate);
}
