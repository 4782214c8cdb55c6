package com.acme.tavus.domain.onboarding;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who asked to be onboarded, as the create-conversation request names them. Checked here so every
 * entry point rejects the same inputs with the same field names ({@code email}, {@code first_name},
 * {@code last_name}).
 */
public record Applicant(String email, String firstName, String lastName) {

    static final int MAX_EMAIL_LENGTH = 320;
    static final int MAX_NAME_LENGTH = 150;
    /** Deliberately simple: one {@code @}, no spaces, a dot in the domain. Deliverability is not checked. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Applicant {
        email = required("email", email, MAX_EMAIL_LENGTH);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidValueException("email", "must be a valid email address");
        }
        firstName = required("first_name", firstName, MAX_NAME_LENGTH);
        lastName = required("last_name", lastName, MAX_NAME_LENGTH);
    }

    /** The form that makes an address unique: addresses differing only in case are one person. */
    public String normalizedEmail() {
        return normalize(email);
    }

    public static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        var trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
