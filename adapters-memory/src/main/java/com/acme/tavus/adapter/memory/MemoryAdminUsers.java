package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * The admin accounts ({@code admin_users}) in memory, unique by username: writes are serialised
 * (they are rare) so two accounts can never take one username. Unbounded: see the package documentation.
 */
public final class MemoryAdminUsers implements AdminUsers {

    private final Map<UUID, AdminUser> byId = new ConcurrentHashMap<>();
    private final Map<String, UUID> idByUsername = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();

    @Override
    public Mono<AdminUser> findById(UUID id) {
        return Mono.fromSupplier(() -> byId.get(id));
    }

    @Override
    public Mono<AdminUser> findByUsername(String username) {
        return Mono.fromSupplier(() -> {
            var id = idByUsername.get(username);
            return id == null ? null : byId.get(id);
        });
    }

    @Override
    public Mono<Page<AdminUser>> list(RecordQuery<AdminUser.Attribute> query) {
        return Mono.fromSupplier(() -> MemoryRecordQueries.page(byId.values(), query, MemoryAdminUsers::attribute,
                Comparator.comparing(AdminUser::username)));
    }

    @Override
    public Mono<Void> add(AdminUser user) {
        Objects.requireNonNull(user, "user");
        return Mono.fromRunnable(() -> {
            synchronized (writeLock) {
                if (byId.containsKey(user.id())) {
                    throw new IllegalStateException("an admin user with id " + user.id() + " exists");
                }
                store(user, null);
            }
        });
    }

    @Override
    public Mono<Void> update(AdminUser user) {
        Objects.requireNonNull(user, "user");
        return Mono.fromRunnable(() -> {
            synchronized (writeLock) {
                var current = byId.get(user.id());
                if (current == null) {
                    throw new IllegalStateException("no admin user " + user.id());
                }
                store(user, current);
            }
        });
    }

    @Override
    public Mono<Boolean> delete(UUID id) {
        return Mono.fromSupplier(() -> {
            synchronized (writeLock) {
                var removed = byId.remove(id);
                if (removed != null) {
                    idByUsername.remove(removed.username(), id);
                }
                return removed != null;
            }
        });
    }

    @Override
    public Mono<Long> countActiveSuperusers() {
        return Mono.fromSupplier(() -> byId.values().stream().filter(AdminUser::isActiveSuperuser).count());
    }

    private void store(AdminUser user, AdminUser current) {
        var holder = idByUsername.get(user.username());
        if (holder != null && !holder.equals(user.id())) {
            throw new InvalidValueException("username", "is already taken");
        }
        // New entries first, a stale username after: a login never finds an existing account missing.
        byId.put(user.id(), user);
        idByUsername.put(user.username(), user.id());
        if (current != null && !current.username().equals(user.username())) {
            idByUsername.remove(current.username(), user.id());
        }
    }

    private static Object attribute(AdminUser user, AdminUser.Attribute attribute) {
        return switch (attribute) {
            case USERNAME -> user.username();
            case EMAIL -> user.email();
            case ACTIVE -> user.active();
            case STAFF -> user.staff();
            case SUPERUSER -> user.superuser();
            case CREATED_AT -> user.createdAt();
            case LAST_LOGIN -> user.lastLogin();
        };
    }
}
