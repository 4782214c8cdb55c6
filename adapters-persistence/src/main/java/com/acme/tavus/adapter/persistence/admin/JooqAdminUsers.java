package com.acme.tavus.adapter.persistence.admin;

import static com.acme.tavus.adapter.persistence.jooq.Tables.ADMIN_USERS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.ADMIN_USER_PERMISSIONS;

import com.acme.tavus.adapter.persistence.JooqRecordQueries;
import com.acme.tavus.adapter.persistence.jooq.tables.records.AdminUsersRecord;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.admin.AdminPermission;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link AdminUsers} in {@code admin_users}, with each account's permissions in
 * {@code admin_user_permissions} (written in the same transaction as the account; deleted with it by
 * the foreign key's cascade). A permission code that no longer parses (a model renamed by hand in
 * the database, say) is skipped rather than locking its account out.
 */
public final class JooqAdminUsers implements AdminUsers {

    private static final Map<AdminUser.Attribute, Field<?>> COLUMNS = Map.of(
            AdminUser.Attribute.USERNAME, ADMIN_USERS.USERNAME,
            AdminUser.Attribute.EMAIL, ADMIN_USERS.EMAIL,
            AdminUser.Attribute.ACTIVE, ADMIN_USERS.IS_ACTIVE,
            AdminUser.Attribute.STAFF, ADMIN_USERS.IS_STAFF,
            AdminUser.Attribute.SUPERUSER, ADMIN_USERS.IS_SUPERUSER,
            AdminUser.Attribute.CREATED_AT, ADMIN_USERS.CREATED_AT,
            AdminUser.Attribute.LAST_LOGIN, ADMIN_USERS.LAST_LOGIN);

    private final DSLContext dsl;

    public JooqAdminUsers(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<AdminUser> findById(UUID id) {
        return onJdbcThread(() -> one(dsl.selectFrom(ADMIN_USERS).where(ADMIN_USERS.ID.eq(id)).fetchOne()));
    }

    @Override
    public Mono<AdminUser> findByUsername(String username) {
        return onJdbcThread(() -> one(dsl.selectFrom(ADMIN_USERS).where(ADMIN_USERS.USERNAME.eq(username)).fetchOne()));
    }

    @Override
    public Mono<Page<AdminUser>> list(RecordQuery<AdminUser.Attribute> query) {
        return onJdbcThread(() -> {
            var rows = JooqRecordQueries.page(dsl, ADMIN_USERS, query, COLUMNS, List.of(ADMIN_USERS.ID.asc()), r -> r);
            var permissions = permissionsOf(rows.data().stream().map(AdminUsersRecord::getId).toList());
            return rows.map(row -> toDomain(row, permissions.getOrDefault(row.getId(), Set.of())));
        });
    }

    @Override
    public Mono<Void> add(AdminUser user) {
        Objects.requireNonNull(user, "user");
        return onJdbcThread(() -> write(() -> dsl.transaction(configuration -> {
            var tx = configuration.dsl();
            tx.insertInto(ADMIN_USERS).set(toRecord(user)).execute();
            insertPermissions(tx, user);
        }))).then();
    }

    @Override
    public Mono<Void> update(AdminUser user) {
        Objects.requireNonNull(user, "user");
        return onJdbcThread(() -> write(() -> dsl.transaction(configuration -> {
            var tx = configuration.dsl();
            var row = toRecord(user);
            row.changed(ADMIN_USERS.ID, false);
            if (tx.update(ADMIN_USERS).set(row).where(ADMIN_USERS.ID.eq(user.id())).execute() == 0) {
                throw new IllegalStateException("no admin user with id " + user.id());
            }
            tx.deleteFrom(ADMIN_USER_PERMISSIONS).where(ADMIN_USER_PERMISSIONS.ADMIN_USER_ID.eq(user.id())).execute();
            insertPermissions(tx, user);
        }))).then();
    }

    @Override
    public Mono<Boolean> delete(UUID id) {
        return onJdbcThread(() -> dsl.deleteFrom(ADMIN_USERS).where(ADMIN_USERS.ID.eq(id)).execute() > 0);
    }

    @Override
    public Mono<Long> countActiveSuperusers() {
        return onJdbcThread(() -> (long) dsl.fetchCount(ADMIN_USERS, ADMIN_USERS.IS_ACTIVE.isTrue()
                .and(ADMIN_USERS.IS_STAFF.isTrue()).and(ADMIN_USERS.IS_SUPERUSER.isTrue())));
    }

    private AdminUser one(AdminUsersRecord row) {
        if (row == null) {
            return null;
        }
        return toDomain(row, permissionsOf(List.of(row.getId())).getOrDefault(row.getId(), Set.of()));
    }

    private Map<UUID, Set<AdminPermission>> permissionsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var byUser = new HashMap<UUID, Set<AdminPermission>>();
        dsl.selectFrom(ADMIN_USER_PERMISSIONS).where(ADMIN_USER_PERMISSIONS.ADMIN_USER_ID.in(ids)).forEach(row -> {
            try {
                byUser.computeIfAbsent(row.getAdminUserId(), k -> new HashSet<>())
                        .add(AdminPermission.parse(row.getPermission()));
            } catch (InvalidValueException unreadable) {
                // Written by hand, or for a model that no longer exists: not a permission any more.
            }
        });
        return byUser;
    }

    private static void insertPermissions(DSLContext tx, AdminUser user) {
        var codes = user.permissions().stream().map(AdminPermission::code).collect(Collectors.toCollection(TreeSet::new));
        for (var code : codes) {
            tx.insertInto(ADMIN_USER_PERMISSIONS)
                    .set(ADMIN_USER_PERMISSIONS.ADMIN_USER_ID, user.id())
                    .set(ADMIN_USER_PERMISSIONS.PERMISSION, code)
                    .execute();
        }
    }

    /** Runs a write; a unique violation can only be the username (ids are generated). */
    private static boolean write(Runnable work) {
        try {
            work.run();
            return true;
        } catch (IntegrityConstraintViolationException taken) {
            throw new InvalidValueException("username", "is already taken");
        }
    }

    private static AdminUsersRecord toRecord(AdminUser user) {
        var row = new AdminUsersRecord();
        row.setId(user.id());
        row.setUsername(user.username());
        row.setEmail(user.email());
        row.setPasswordHash(user.passwordHash());
        row.setIsActive(user.active());
        row.setIsStaff(user.staff());
        row.setIsSuperuser(user.superuser());
        row.setCreatedAt(JooqRecordQueries.toColumn(user.createdAt()));
        row.setLastLogin(JooqRecordQueries.toColumn(user.lastLogin()));
        row.setUpdatedAt(JooqRecordQueries.toColumn(user.updatedAt()));
        return row;
    }

    private static AdminUser toDomain(AdminUsersRecord row, Set<AdminPermission> permissions) {
        return new AdminUser(row.getId(), row.getUsername(), row.getEmail(), row.getPasswordHash(), row.getIsActive(),
                row.getIsStaff(), row.getIsSuperuser(), permissions, JooqRecordQueries.toInstant(row.getCreatedAt()),
                JooqRecordQueries.toInstant(row.getLastLogin()), JooqRecordQueries.toInstant(row.getUpdatedAt()));
    }

    private static <T> Mono<T> onJdbcThread(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
