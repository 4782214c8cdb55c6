package com.acme.tavus.application.admin.port.out;

import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.Page;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The admin accounts ({@code admin_users} and their permissions), unique by username. */
public interface AdminUsers {

    /** Empty when there is no such account. */
    Mono<AdminUser> findById(UUID id);

    /** Exact match; empty when there is no such account. */
    Mono<AdminUser> findByUsername(String username);

    Mono<Page<AdminUser>> list(RecordQuery<AdminUser.Attribute> query);

    /** Stores a new account; fails with {@code InvalidValueException} on {@code username} when it is taken. */
    Mono<Void> add(AdminUser user);

    /**
     * Replaces the stored account with the same id, permissions included; fails with
     * {@code InvalidValueException} on {@code username} when another account has it.
     */
    Mono<Void> update(AdminUser user);

    /** Deletes the account and its permissions; its log entries stay. Emits whether it existed. */
    Mono<Boolean> delete(UUID id);

    /** How many accounts are active superusers. */
    Mono<Long> countActiveSuperusers();
}
