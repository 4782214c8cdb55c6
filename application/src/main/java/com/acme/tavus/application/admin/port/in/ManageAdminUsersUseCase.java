package com.acme.tavus.application.admin.port.in;

import com.acme.tavus.domain.admin.AdminPermission;
import com.acme.tavus.domain.admin.AdminUser;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Use case: keep the admin accounts. Rules beyond the fields' own:
 *
 * <ul>
 *   <li>Passwords follow {@link com.acme.tavus.domain.admin.PasswordPolicy} and are stored hashed.
 *   <li>Only a superuser may grant or take away superuser or staff status or permissions, so an
 *       admin allowed to change accounts cannot raise their own rights.
 *   <li>At least one active superuser always remains, and nobody deletes their own account.
 * </ul>
 *
 * Violations fail with {@code InvalidValueException} naming the form field concerned.
 */
public interface ManageAdminUsersUseCase {

    Mono<AdminUser> create(NewAdminUser account, AdminUser actor);

    Mono<AdminUser> change(UUID id, AdminUserChange change, AdminUser actor);

    /** Sets another account's password (the admin's "change password" form for a user). */
    Mono<Void> setPassword(UUID id, String newPassword, AdminUser actor);

    /** The signed-in admin changes their own password; the old one must match ({@code old_password}). */
    Mono<Void> changeOwnPassword(UUID id, String oldPassword, String newPassword);

    Mono<Void> delete(UUID id, AdminUser actor);

    /** The command line's {@code createsuperuser}: an active staff superuser. */
    Mono<AdminUser> createSuperuser(String username, String email, String password);

    /** The command line's {@code changepassword}, for an account found by username. */
    Mono<Void> resetPassword(String username, String newPassword);

    record NewAdminUser(
            String username, String email, String password, boolean staff, boolean superuser,
            Set<AdminPermission> permissions) {
        public NewAdminUser {
            permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
        }
    }

    record AdminUserChange(
            String username, String email, boolean active, boolean staff, boolean superuser,
            Set<AdminPermission> permissions) {
        public AdminUserChange {
            permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
        }
    }
}
