package com.acme.tavus.application.onboarding;

/**
 * Onboarding cannot start calls because it is not configured (no persona). An operator's problem,
 * not the client's: answered as "service unavailable", and the message names the missing setting.
 */
public final class OnboardingUnavailable extends RuntimeException {

    public OnboardingUnavailable(String message) {
        super(message);
    }
}
