package com.acme.tavus.application.admin;

import com.acme.tavus.application.admin.port.in.AuthenticateAdminUseCase;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.admin.port.out.PasswordHasher;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.admin.PasswordPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks admin sign-ins. Password hashing is slow on purpose, so it runs on Reactor's parallel
 * scheduler, never on the caller's (event-loop) thread. An unknown username still costs one hash
 * comparison, so response times do not tell which usernames exist.
 */
public final class AdminLoginService implements AuthenticateAdminUseCase {

    private final AdminUsers users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private volatile String dummyHash;

    public AdminLoginService(AdminUsers users, PasswordHasher hasher, LoginThrottle throttle, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<AdminUser> authenticate(String username, String password) {
        return Mono.defer(() -> {
            var blocked = throttle.blockedFor(username, clock.instant());
            if (blocked.isPresent()) {
                return Mono.error(AdminLoginRefused.throttled(blocked.get()));
            }
            if (username == null || username.isBlank() || password == null || password.isEmpty()
                    || password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
                return refuse(username);
            }
            return users.findByUsername(username.strip())
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .publishOn(Schedulers.parallel())
                    .flatMap(found -> check(found, password))
                    .switchIfEmpty(Mono.defer(() -> refuse(username)))
                    .flatMap(user -> signedIn(user, password));
        });
    }

    private Mono<AdminUser> check(Optional<AdminUser> found, String password) {
        if (found.isEmpty()) {
            hasher.matches(password, dummyHash());
            return Mono.empty();
        }
        var user = found.get();
        var matches = hasher.matches(password, user.passwordHash());
        return matches && user.mayUseAdmin() ? Mono.just(user) : Mono.empty();
    }

    private Mono<AdminUser> signedIn(AdminUser user, String password) {
        throttle.succeeded(user.username());
        var now = clock.instant();
        var updated = user.withLastLogin(now);
        if (hasher.needsRehash(user.passwordHash())) {
            updated = updated.withPasswordHash(hasher.hash(password), now);
        }
        var stored = updated;
        return users.update(stored).thenReturn(stored);
    }

    private Mono<AdminUser> refuse(String username) {
        throttle.failed(username, clock.instant());
        return Mono.error(AdminLoginRefused.invalidCredentials());
    }

    private String dummyHash() {
        var hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash(UUID.randomUUID().toString());
            dummyHash = hash;
        }
        return hash;
    }
}
