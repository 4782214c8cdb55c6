package com.acme.tavus.application.admin;

import com.acme.tavus.application.admin.port.in.AdminUserQueries;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.admin.port.out.PasswordHasher;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.admin.PasswordPolicy;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps admin accounts: the rules of {@link ManageAdminUsersUseCase}, with passwords hashed on
 * Reactor's parallel scheduler. The last-superuser check reads, then writes: two admins demoting the
 * last two superusers at the same instant could both pass it, which the command-line
 * {@code createsuperuser} repairs.
 */
public final class AdminUserService implements AdminUserQueries, ManageAdminUsersUseCase {

    static final String RESOURCE = "admin user";

    private final AdminUsers users;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;

    public AdminUserService(AdminUsers users, PasswordHasher hasher, IdGenerator ids, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<Page<AdminUser>> list(RecordQuery<AdminUser.Attribute> query) {
        return users.list(query);
    }

    @Override
    public Mono<AdminUser> get(UUID id) {
        return users.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id.toString())));
    }

    @Override
    public Mono<AdminUser> create(NewAdminUser account, AdminUser actor) {
        return Mono.defer(() -> {
            if (!actor.superuser() && (account.superuser() || !account.permissions().isEmpty())) {
                throw new InvalidValueException(account.superuser() ? "is_superuser" : "permissions",
                        "only a superuser may grant superuser status or permissions");
            }
            var username = AdminUser.username(account.username());
            var email = AdminUser.email(account.email());
            PasswordPolicy.check("password", account.password(), username, email);
            return hash(account.password()).flatMap(hash -> {
                var now = clock.instant();
                var user = new AdminUser(ids.newId(), username, email, hash, true, account.staff(),
                        account.superuser(), account.permissions(), now, null, now);
                return users.add(user).thenReturn(user);
            });
        });
    }

    @Override
    public Mono<AdminUser> change(UUID id, AdminUserChange change, AdminUser actor) {
        return get(id).flatMap(current -> {
            requireMayTouch(current, actor, "is_superuser");
            if (!actor.superuser() && (change.superuser() != current.superuser()
                    || !change.permissions().equals(current.permissions()))) {
                throw new InvalidValueException(change.superuser() != current.superuser() ? "is_superuser" : "permissions",
                        "only a superuser may grant superuser status or permissions");
            }
            var next = current.withDetails(AdminUser.username(change.username()), AdminUser.email(change.email()),
                    change.active(), change.staff(), change.superuser(), change.permissions(), clock.instant());
            var field = !next.active() ? "is_active" : !next.staff() ? "is_staff" : "is_superuser";
            return keepsASuperuser(current, next, field).then(users.update(next)).thenReturn(next);
        });
    }

    @Override
    public Mono<Void> setPassword(UUID id, String newPassword, AdminUser actor) {
        return get(id).flatMap(current -> {
            requireMayTouch(current, actor, "new_password");
            PasswordPolicy.check("new_password", newPassword, current.username(), current.email());
            return hash(newPassword).flatMap(hash -> users.update(current.withPasswordHash(hash, clock.instant())));
        });
    }

    @Override
    public Mono<Void> changeOwnPassword(UUID id, String oldPassword, String newPassword) {
        return get(id).publishOn(Schedulers.parallel()).flatMap(current -> {
            if (oldPassword == null || !hasher.matches(oldPassword, current.passwordHash())) {
                throw new InvalidValueException("old_password",
                        "Your old password was entered incorrectly. Please enter it again.");
            }
            PasswordPolicy.check("new_password", newPassword, current.username(), current.email());
            return users.update(current.withPasswordHash(hasher.hash(newPassword), clock.instant()));
        });
    }

    @Override
    public Mono<Void> delete(UUID id, AdminUser actor) {
        return get(id).flatMap(current -> {
            if (current.id().equals(actor.id())) {
                throw new InvalidValueException("account", "you cannot delete your own account");
            }
            requireMayTouch(current, actor, "account");
            return keepsASuperuser(current, null, "account").then(users.delete(id)).then();
        });
    }

    @Override
    public Mono<AdminUser> createSuperuser(String username, String email, String password) {
        return Mono.defer(() -> {
            var name = AdminUser.username(username);
            var address = AdminUser.email(email);
            PasswordPolicy.check("password", password, name, address);
            return users.findByUsername(name)
                    .flatMap(taken -> Mono.<AdminUser>error(new InvalidValueException("username", "is already taken")))
                    .switchIfEmpty(Mono.defer(() -> hash(password).flatMap(hash -> {
                        var now = clock.instant();
                        var user = new AdminUser(ids.newId(), name, address, hash, true, true, true, Set.of(), now,
                                null, now);
                        return users.add(user).thenReturn(user);
                    })));
        });
    }

    @Override
    public Mono<Void> resetPassword(String username, String newPassword) {
        return users.findByUsername(AdminUser.username(username))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, username)))
                .flatMap(current -> {
                    PasswordPolicy.check("password", newPassword, current.username(), current.email());
                    return hash(newPassword).flatMap(hash -> users.update(current.withPasswordHash(hash, clock.instant())));
                });
    }

    /** A superuser's account is only for superusers to change, re-password or delete. */
    private static void requireMayTouch(AdminUser target, AdminUser actor, String field) {
        if (target.superuser() && !actor.superuser()) {
            throw new InvalidValueException(field, "only a superuser may change a superuser's account");
        }
    }

    /** Fails when {@code current} is the last active superuser and {@code next} (null: deleted) no longer is. */
    private Mono<Void> keepsASuperuser(AdminUser current, AdminUser next, String field) {
        if (!current.isActiveSuperuser() || (next != null && next.isActiveSuperuser())) {
            return Mono.empty();
        }
        return users.countActiveSuperusers().flatMap(count -> count <= 1
                ? Mono.error(new InvalidValueException(field, "at least one active superuser must remain"))
                : Mono.empty());
    }

    private Mono<String> hash(String rawPassword) {
        return Mono.fromCallable(() -> hasher.hash(rawPassword)).subscribeOn(Schedulers.parallel());
    }
}
