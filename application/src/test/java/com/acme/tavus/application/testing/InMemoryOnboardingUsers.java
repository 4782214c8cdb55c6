package com.acme.tavus.application.testing;

import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** {@link OnboardingUsers} in a map keyed by the normalised email. */
public final class InMemoryOnboardingUsers implements OnboardingUsers {

    private final Map<String, OnboardingUser> byEmail = new ConcurrentHashMap<>();

    @Override
    public Mono<OnboardingUser> findOrCreate(OnboardingUser candidate) {
        return Mono.fromSupplier(() -> byEmail.computeIfAbsent(Applicant.normalize(candidate.email()), k -> candidate));
    }

    public List<OnboardingUser> all() {
        return List.copyOf(byEmail.values());
    }
}
