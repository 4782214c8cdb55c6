package com.acme.tavus.domain.admin;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Which passwords an admin may choose, after Django's default validators: long enough, not only
 * digits, not the username or email, not one of the passwords everyone tries first. The upper bound
 * is bcrypt's: it reads at most 72 bytes, so a longer password would silently be cut.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "1234567890", "0123456789",
            "qwertyuiop", "qwerty1234", "qwerty12345", "letmein123", "iloveyou12", "administrator", "admin12345",
            "adminadmin", "changeme123", "welcome123", "passw0rd123", "trustno1234", "abcdefghij", "abc1234567",
            "1q2w3e4r5t", "monkey1234", "dragon1234", "football12", "baseball12", "superman12", "sunshine12");

    private PasswordPolicy() {}

    /**
     * Throws {@link InvalidValueException} on {@code field} when {@code password} is not acceptable
     * for the account named {@code username} (with optional {@code email}).
     */
    public static void check(String field, String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            throw new InvalidValueException(field, "is required");
        }
        if (password.length() < MIN_LENGTH) {
            throw new InvalidValueException(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidValueException(field, "must be at most " + MAX_BYTES + " bytes");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException(field, "must not be entirely numeric");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new InvalidValueException(field, "is too common");
        }
        if (similar(lower, username) || similar(lower, email) || similar(lower, localPart(email))) {
            throw new InvalidValueException(field, "is too similar to the username or email");
        }
    }

    private static boolean similar(String password, String attribute) {
        if (attribute == null || attribute.length() < 3) {
            return false;
        }
        var value = attribute.toLowerCase(Locale.ROOT);
        return password.contains(value) || value.contains(password);
    }

    private static String localPart(String email) {
        return email == null || email.indexOf('@') < 0 ? null : email.substring(0, email.indexOf('@'));
    }
}
