package com.acme.tavus.domain.onboarding;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person sent through video onboarding: one row of {@code users}, unique by email regardless of
 * case. Found again (not duplicated) when the same person starts another onboarding call.
 */
public record OnboardingUser(
        UUID id, String email, String firstName, String lastName, Instant createdAt, Instant updatedAt) {

    /** What can be sorted on, searched or filtered by when listing users. */
    public enum Attribute { ID, EMAIL, FIRST_NAME, LAST_NAME, CREATED_AT, UPDATED_AT }

    public OnboardingUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A copy with the person's details replaced by {@code applicant}'s, changed at {@code now}. */
    public OnboardingUser withDetails(Applicant applicant, Instant now) {
        return new OnboardingUser(id, applicant.email(), applicant.firstName(), applicant.lastName(), createdAt, now);
    }

    /** A new user for {@code applicant}, created at {@code now}. */
    public static OnboardingUser register(UUID id, Applicant applicant, Instant now) {
        return new OnboardingUser(id, applicant.email(), applicant.firstName(), applicant.lastName(), now, now);
    }
}
