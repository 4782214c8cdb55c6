package com.acme.tavus.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase.AdminUserChange;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase.NewAdminUser;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.testing.InMemoryAdminUsers;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.TestPasswordHasher;
import com.acme.tavus.domain.admin.AdminPermission;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminUserServiceTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final String PASSWORD = "correct horse battery";

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    final InMemoryAdminUsers users = new InMemoryAdminUsers();
    final TestPasswordHasher hasher = new TestPasswordHasher();
    final AdminUserService service = new AdminUserService(users, hasher, java.util.UUID::randomUUID, clock);

    AdminUser superuser(String name) {
        return service.createSuperuser(name, name + "@example.com", PASSWORD).block(TIMEOUT);
    }

    AdminUser staff(String name, AdminUser by, String... permissions) {
        var granted = java.util.Arrays.stream(permissions).map(AdminPermission::parse).collect(java.util.stream.Collectors.toSet());
        return service.create(new NewAdminUser(name, null, PASSWORD, true, false, granted), by).block(TIMEOUT);
    }

    @Test
    void createSuperuser_storesAnActiveStaffSuperuserWithAHashedPassword() {
        var admin = superuser("admin");

        assertThat(admin.mayUseAdmin()).isTrue();
        assertThat(admin.superuser()).isTrue();
        assertThat(admin.passwordHash()).isNotEqualTo(PASSWORD).startsWith("{sha256}");
        assertThat(hasher.matches(PASSWORD, users.all().getFirst().passwordHash())).isTrue();
    }

    @Test
    void createSuperuser_takenUsernameOrWeakPassword_isRefusedNamingTheField() {
        superuser("admin");

        assertThatThrownBy(() -> superuser("admin")).isInstanceOf(InvalidValueException.class)
                .hasMessage("username: is already taken");
        assertThatThrownBy(() -> service.createSuperuser("other", null, "short").block(TIMEOUT))
                .hasMessage("password: must be at least 10 characters");
        assertThat(users.all()).hasSize(1);
    }

    @Test
    void create_byStaffWithoutSuperuser_mayNotGrantSuperuserOrPermissions() {
        var root = superuser("root");
        var helper = staff("helper", root, "admin-users.add");

        assertThatThrownBy(() -> service.create(new NewAdminUser("x", null, PASSWORD, true, true, Set.of()), helper)
                .block(TIMEOUT)).hasMessage("is_superuser: only a superuser may grant superuser status or permissions");
        assertThatThrownBy(() -> staff("y", helper, "personas.view"))
                .hasMessage("permissions: only a superuser may grant superuser status or permissions");
        assertThat(staff("z", helper).permissions()).isEmpty();
    }

    @Test
    void change_byStaff_cannotRaiseTheirOwnRightsOrTouchASuperuser() {
        var root = superuser("root");
        var helper = staff("helper", root, "admin-users.change");

        assertThatThrownBy(() -> service.change(helper.id(), new AdminUserChange("helper", null, true, true, true,
                helper.permissions()), helper).block(TIMEOUT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.change(helper.id(), new AdminUserChange("helper", null, true, true, false,
                Set.of(AdminPermission.parse("admin-users.delete"))), helper).block(TIMEOUT))
                .hasMessageStartingWith("permissions:");
        assertThatThrownBy(() -> service.setPassword(root.id(), "another good one", helper).block(TIMEOUT))
                .hasMessage("new_password: only a superuser may change a superuser's account");
        var renamed = service.change(helper.id(), new AdminUserChange("helper2", "h@example.com", true, true, false,
                helper.permissions()), helper).block(TIMEOUT);
        assertThat(renamed.username()).isEqualTo("helper2");
    }

    @Test
    void change_lastActiveSuperuser_cannotBeDeactivatedDemotedOrDeleted() {
        var root = superuser("root");
        var other = staff("other", root);

        assertThatThrownBy(() -> service.change(root.id(), new AdminUserChange("root", null, false, true, true, Set.of()),
                root).block(TIMEOUT)).hasMessage("is_active: at least one active superuser must remain");
        assertThatThrownBy(() -> service.change(root.id(), new AdminUserChange("root", null, true, true, false, Set.of()),
                root).block(TIMEOUT)).hasMessage("is_superuser: at least one active superuser must remain");
        assertThatThrownBy(() -> service.delete(root.id(), root).block(TIMEOUT))
                .hasMessage("account: you cannot delete your own account");

        var second = superuser("second");
        service.change(root.id(), new AdminUserChange("root", null, true, true, false, Set.of()), second).block(TIMEOUT);
        assertThat(service.get(root.id()).block(TIMEOUT).superuser()).isFalse();
        service.delete(other.id(), second).block(TIMEOUT);
        assertThatThrownBy(() -> service.get(other.id()).block(TIMEOUT)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void changeOwnPassword_needsTheOldPasswordAndAGoodNewOne() {
        var root = superuser("root");

        assertThatThrownBy(() -> service.changeOwnPassword(root.id(), "wrong", "a brand new secret").block(TIMEOUT))
                .hasMessageStartingWith("old_password: Your old password was entered incorrectly");
        assertThatThrownBy(() -> service.changeOwnPassword(root.id(), PASSWORD, "123").block(TIMEOUT))
                .hasMessageStartingWith("new_password:");

        service.changeOwnPassword(root.id(), PASSWORD, "a brand new secret").block(TIMEOUT);
        assertThat(hasher.matches("a brand new secret", service.get(root.id()).block(TIMEOUT).passwordHash())).isTrue();
    }

    @Test
    void resetPassword_unknownUser_isNotFound() {
        assertThatThrownBy(() -> service.resetPassword("ghost", PASSWORD).block(TIMEOUT))
                .isInstanceOf(NotFoundException.class);
    }
}
