package com.acme.tavus.application.testing;

import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** {@link AdminUsers} in a map, unique by username. */
public final class InMemoryAdminUsers implements AdminUsers {

    private final Map<UUID, AdminUser> byId = new ConcurrentHashMap<>();

    @Override
    public Mono<AdminUser> findById(UUID id) {
        return Mono.justOrEmpty(byId.get(id));
    }

    @Override
    public Mono<AdminUser> findByUsername(String username) {
        return Mono.justOrEmpty(byId.values().stream().filter(u -> u.username().equals(username)).findFirst());
    }

    @Override
    public Mono<Page<AdminUser>> list(RecordQuery<AdminUser.Attribute> query) {
        return Mono.fromSupplier(() -> InMemoryRecords.page(byId.values(), query, InMemoryAdminUsers::attribute,
                Comparator.comparing(AdminUser::username)));
    }

    @Override
    public Mono<Void> add(AdminUser user) {
        return Mono.fromRunnable(() -> store(user));
    }

    @Override
    public Mono<Void> update(AdminUser user) {
        return Mono.fromRunnable(() -> {
            if (!byId.containsKey(user.id())) {
                throw new IllegalStateException("no admin user " + user.id());
            }
            store(user);
        });
    }

    @Override
    public Mono<Boolean> delete(UUID id) {
        return Mono.fromSupplier(() -> byId.remove(id) != null);
    }

    @Override
    public Mono<Long> countActiveSuperusers() {
        return Mono.fromSupplier(() -> byId.values().stream().filter(AdminUser::isActiveSuperuser).count());
    }

    public List<AdminUser> all() {
        return List.copyOf(byId.values());
    }

    private synchronized void store(AdminUser user) {
        var taken = byId.values().stream()
                .anyMatch(other -> other.username().equals(user.username()) && !other.id().equals(user.id()));
        if (taken) {
            throw new InvalidValueException("username", "is already taken");
        }
        byId.put(user.id(), user);
    }

    static Object attribute(AdminUser user, AdminUser.Attribute attribute) {
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
