package com.acme.tavus.domain.admin;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Someone who may sign in to the admin site: one row of {@code admin_users}, with Django's flags.
 *
 * <ul>
 *   <li>{@code active}: a deactivated user can no longer sign in, and an open session of theirs
 *       ends on its next request; their history stays attributed to them.
 *   <li>{@code staff}: may use the admin site at all. Without it even a superuser is turned away.
 *   <li>{@code superuser}: has every permission without listing them.
 * </ul>
 *
 * <p>As in Django, the change permission implies the view permission. The password is kept only as
 * a hash in a self-describing format ({@code {bcrypt}$2a$...}), so the algorithm can evolve.
 *
 * @param email optional; {@code null} when not given
 * @param lastLogin {@code null} until the first sign-in
 */
public record AdminUser(
        UUID id,
        String username,
        String email,
        String passwordHash,
        boolean active,
        boolean staff,
        boolean superuser,
        Set<AdminPermission> permissions,
        Instant createdAt,
        Instant lastLogin,
        Instant updatedAt) {

    public static final int MAX_USERNAME_LENGTH = 150;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Django's rule: letters, digits and {@code @ . + - _}. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}@.+_-]+");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** What can be sorted on, searched or filtered by when listing admin users. */
    public enum Attribute { USERNAME, EMAIL, ACTIVE, STAFF, SUPERUSER, CREATED_AT, LAST_LOGIN }

    public AdminUser {
        Objects.requireNonNull(id, "id");
        username = username(username);
        email = email(email);
        Objects.requireNonNull(passwordHash, "passwordHash");
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Checks and trims a username; {@link InvalidValueException} on {@code username} otherwise. */
    public static String username(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("username", "is required");
        }
        var trimmed = value.strip();
        if (trimmed.length() > MAX_USERNAME_LENGTH) {
            throw new InvalidValueException("username", "must be at most " + MAX_USERNAME_LENGTH + " characters");
        }
        if (!USERNAME.matcher(trimmed).matches()) {
            throw new InvalidValueException("username", "may contain only letters, digits and @ . + - _");
        }
        return trimmed;
    }

    /** Checks and trims an optional email; blank becomes {@code null}. */
    public static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidValueException("email", "must be a valid email address");
        }
        return trimmed;
    }

    /** May sign in to the admin site: active and staff. */
    public boolean mayUseAdmin() {
        return active && staff;
    }

    /** May perform {@code operation} on {@code model}; change implies view, as in Django. */
    public boolean may(String model, AdminOperation operation) {
        if (!mayUseAdmin()) {
            return false;
        }
        if (superuser || permissions.contains(AdminPermission.of(model, operation))) {
            return true;
        }
        return operation == AdminOperation.VIEW && permissions.contains(AdminPermission.of(model, AdminOperation.CHANGE));
    }

    /** May perform at least one operation on {@code model}, so it is listed for them. */
    public boolean mayUseModel(String model) {
        for (var operation : AdminOperation.values()) {
            if (may(model, operation)) {
                return true;
            }
        }
        return false;
    }

    /** A superuser who can sign in (active and staff): at least one account must remain one. */
    public boolean isActiveSuperuser() {
        return active && staff && superuser;
    }

    public AdminUser withPasswordHash(String hash, Instant now) {
        return new AdminUser(id, username, email, hash, active, staff, superuser, permissions, createdAt, lastLogin, now);
    }

    public AdminUser withLastLogin(Instant at) {
        return new AdminUser(id, username, email, passwordHash, active, staff, superuser, permissions, createdAt, at, updatedAt);
    }

    /** A copy with new account details; the password, dates of creation and last login are kept. */
    public AdminUser withDetails(String newUsername, String newEmail, boolean newActive, boolean newStaff,
            boolean newSuperuser, Set<AdminPermission> newPermissions, Instant now) {
        return new AdminUser(id, newUsername, newEmail, passwordHash, newActive, newStaff, newSuperuser, newPermissions,
                createdAt, lastLogin, now);
    }

    /** Never shows the password hash. */
    @Override
    public String toString() {
        return "AdminUser[" + username + ", active=" + active + ", staff=" + staff + ", superuser=" + superuser + "]";
    }
}
