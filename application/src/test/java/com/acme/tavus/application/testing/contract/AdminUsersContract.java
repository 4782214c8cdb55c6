package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.application.shared.SortKey;
import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminLogEntry;
import com.acme.tavus.domain.admin.AdminPermission;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * What every {@link AdminUsers} must do, as tests: accounts round-trip with their permissions,
 * usernames are unique (also when eight sign-ups race for one), deleting keeps the account's log
 * entries. Extend it and supply the port and the {@link AdminLog} of the same store; every test uses
 * usernames of its own, so the store may be shared.
 */
public abstract class AdminUsersContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final int RACERS = 8;

    protected abstract AdminUsers users();

    /** The admin log of the same store, to check what deleting an account leaves. */
    protected abstract AdminLog log();

    @Test
    void add_thenFindByIdAndByUsername_roundTripsWithPermissions_andUnknownOnesAreEmpty() {
        var ada = admin("ada-" + token(), false, Set.of(AdminPermission.parse("personas.view"),
                AdminPermission.parse("replicas.change")));

        users().add(ada).block(TIMEOUT);

        assertThat(users().findById(ada.id()).block(TIMEOUT)).isEqualTo(ada);
        assertThat(users().findByUsername(ada.username()).block(TIMEOUT)).isEqualTo(ada);
        assertThat(users().findById(UUID.randomUUID()).blockOptional(TIMEOUT)).isEmpty();
        assertThat(users().findByUsername("nobody-" + token()).blockOptional(TIMEOUT)).isEmpty();
    }

    @Test
    void update_replacesTheAccount_permissionsIncluded() {
        var ada = admin("ada-" + token(), false, Set.of(AdminPermission.parse("personas.view")));
        users().add(ada).block(TIMEOUT);
        var changed = ada.withDetails(ada.username(), null, true, true, false,
                Set.of(AdminPermission.parse("documents.delete")), T0.plusSeconds(5)).withLastLogin(T0.plusSeconds(6));

        users().update(changed).block(TIMEOUT);

        assertThat(users().findById(ada.id()).block(TIMEOUT)).isEqualTo(changed);
    }

    @Test
    void aTakenUsername_isRefusedOnUsername_onAddAndOnUpdate() {
        var name = "grace-" + token();
        users().add(admin(name, false, Set.of())).block(TIMEOUT);
        var other = admin("other-" + token(), false, Set.of());
        users().add(other).block(TIMEOUT);

        StepVerifier.create(users().add(admin(name, false, Set.of())))
                .expectErrorSatisfies(AdminUsersContract::isRefusedOnUsername)
                .verify(TIMEOUT);
        StepVerifier.create(users().update(other.withDetails(name, null, true, true, false, Set.of(), T0)))
                .expectErrorSatisfies(AdminUsersContract::isRefusedOnUsername)
                .verify(TIMEOUT);
        assertThat(users().findById(other.id()).block(TIMEOUT)).isEqualTo(other);
    }

    @Test
    void eightAccountsAddedAtOnceUnderOneUsername_storeExactlyOne() throws Exception {
        var name = "race-" + token();

        var outcomes = Concurrently.times(RACERS, () -> users().add(admin(name, false, Set.of()))
                .thenReturn("added")
                .onErrorResume(InvalidValueException.class, e -> Mono.just(e.field()))
                .block(TIMEOUT), TIMEOUT);

        assertThat(outcomes).containsOnlyOnce("added")
                .filteredOn(outcome -> !outcome.equals("added")).containsOnly("username");
        assertThat(users().list(byUsername(name)).block(TIMEOUT).totalCount()).isEqualTo(1);
    }

    @Test
    void delete_saysWhetherTheAccountExisted_andKeepsItsLogEntriesUnderItsName() {
        var root = admin("root-" + token(), true, Set.of(AdminPermission.parse("personas.view")));
        users().add(root).block(TIMEOUT);
        var object = token();
        var entry = new AdminLogEntry(UUID.randomUUID(), T0, root.id(), root.username(), "personas", object, "Persona",
                AdminLogAction.CHANGE, "Changed persona_json.");
        log().add(entry).block(TIMEOUT);

        assertThat(users().delete(root.id()).block(TIMEOUT)).isTrue();
        assertThat(users().delete(root.id()).block(TIMEOUT)).isFalse();

        assertThat(users().findById(root.id()).blockOptional(TIMEOUT)).isEmpty();
        assertThat(log().forObject("personas", object, 10).collectList().block(TIMEOUT)).singleElement()
                .satisfies(kept -> assertThat(kept.adminUsername()).isEqualTo(root.username()));
    }

    @Test
    void countActiveSuperusers_countsOnlyActiveSuperusers() {
        var before = users().countActiveSuperusers().block(TIMEOUT);
        var active = admin("root-" + token(), true, Set.of());
        users().add(active).block(TIMEOUT);
        users().add(admin("staff-" + token(), false, Set.of())).block(TIMEOUT);
        var inactive = admin("former-" + token(), true, Set.of());
        users().add(inactive.withDetails(inactive.username(), null, false, true, true, Set.of(), T0)).block(TIMEOUT);

        assertThat(users().countActiveSuperusers().block(TIMEOUT)).isEqualTo(before + 1);
        users().delete(active.id()).block(TIMEOUT);
        assertThat(users().countActiveSuperusers().block(TIMEOUT)).isEqualTo(before);
    }

    @Test
    void list_searchesFiltersAndSorts() {
        var tag = token();
        users().add(admin("b-" + tag, false, Set.of())).block(TIMEOUT);
        users().add(admin("a-" + tag, true, Set.of(AdminPermission.parse("personas.add")))).block(TIMEOUT);
        users().add(admin("c-" + tag, false, Set.of())).block(TIMEOUT);

        var page = users().list(new RecordQuery<>(tag, Set.of(AdminUser.Attribute.USERNAME, AdminUser.Attribute.EMAIL),
                List.of(new Criterion.Equal<>(AdminUser.Attribute.SUPERUSER, false)),
                List.of(SortKey.descending(AdminUser.Attribute.USERNAME)), 1, 10)).block(TIMEOUT);
        var superuser = users().list(new RecordQuery<>(tag, Set.of(AdminUser.Attribute.USERNAME),
                List.of(new Criterion.Equal<>(AdminUser.Attribute.SUPERUSER, true)), List.of(), 1, 10)).block(TIMEOUT);

        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.data()).extracting(AdminUser::username).containsExactly("c-" + tag, "b-" + tag);
        assertThat(superuser.data()).singleElement()
                .satisfies(u -> assertThat(u.permissions()).containsExactly(AdminPermission.parse("personas.add")));
    }

    private static void isRefusedOnUsername(Throwable e) {
        assertThat(e).isInstanceOfSatisfying(InvalidValueException.class,
                invalid -> assertThat(invalid.field()).isEqualTo("username"));
    }

    private static RecordQuery<AdminUser.Attribute> byUsername(String name) {
        return new RecordQuery<>(name, Set.of(AdminUser.Attribute.USERNAME), List.of(), List.of(), 1, 10);
    }

    static AdminUser admin(String username, boolean superuser, Set<AdminPermission> permissions) {
        return new AdminUser(UUID.randomUUID(), username, username + "@example.com", "{bcrypt}hash", true, true,
                superuser, permissions, T0, null, T0);
    }

    static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
