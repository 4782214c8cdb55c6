package com.acme.tavus.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminUserTest {

    private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

    static AdminUser user(boolean active, boolean staff, boolean superuser, AdminPermission... permissions) {
        return new AdminUser(UUID.randomUUID(), "ada", "ada@example.com", "{bcrypt}x", active, staff, superuser,
                Set.of(permissions), NOW, null, NOW);
    }

    @Test
    void may_superuser_mayDoEverythingOnAnyModel() {
        var admin = user(true, true, true);

        for (var operation : AdminOperation.values()) {
            assertThat(admin.may("anything", operation)).isTrue();
        }
    }

    @Test
    void may_staffUser_mayDoOnlyWhatTheirPermissionsSay() {
        var staff = user(true, true, false, AdminPermission.parse("personas.add"));

        assertThat(staff.may("personas", AdminOperation.ADD)).isTrue();
        assertThat(staff.may("personas", AdminOperation.DELETE)).isFalse();
        assertThat(staff.may("replicas", AdminOperation.ADD)).isFalse();
        assertThat(staff.mayUseModel("personas")).isTrue();
        assertThat(staff.mayUseModel("replicas")).isFalse();
    }

    @Test
    void may_changePermission_impliesViewButNotTheReverse() {
        var changer = user(true, true, false, AdminPermission.parse("documents.change"));
        var viewer = user(true, true, false, AdminPermission.parse("documents.view"));

        assertThat(changer.may("documents", AdminOperation.VIEW)).isTrue();
        assertThat(viewer.may("documents", AdminOperation.CHANGE)).isFalse();
    }

    @Test
    void may_inactiveOrNonStaffSuperuser_mayDoNothing() {
        assertThat(user(false, true, true).may("personas", AdminOperation.VIEW)).isFalse();
        assertThat(user(true, false, true).may("personas", AdminOperation.VIEW)).isFalse();
        assertThat(user(true, false, true).mayUseAdmin()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "has space", "semi;colon", "<script>"})
    void new_badUsername_isRejectedNamingUsername(String username) {
        assertThatThrownBy(() -> new AdminUser(UUID.randomUUID(), username, null, "h", true, true, false, Set.of(),
                NOW, null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("username");
    }

    @Test
    void new_usernameWithDjangoCharactersAndBlankEmail_isAcceptedAndTrimmed() {
        var admin = new AdminUser(UUID.randomUUID(), " ada.l+ops@team_1-x ", " ", "h", true, true, false, null, NOW,
                null, NOW);

        assertThat(admin.username()).isEqualTo("ada.l+ops@team_1-x");
        assertThat(admin.email()).isNull();
        assertThat(admin.permissions()).isEmpty();
    }

    @Test
    void toString_neverShowsThePasswordHash() {
        assertThat(user(true, true, true).toString()).doesNotContain("bcrypt");
    }

    @Test
    void permission_parseAndCode_roundTrip() {
        var permission = AdminPermission.parse("onboarding-users.delete");

        assertThat(permission.model()).isEqualTo("onboarding-users");
        assertThat(permission.operation()).isEqualTo(AdminOperation.DELETE);
        assertThat(permission.code()).isEqualTo("onboarding-users.delete");
    }

    @ParameterizedTest
    @ValueSource(strings = {"personas", ".view", "personas.fly", "Personas.view", "per sonas.view"})
    void permission_parseMalformed_isRejected(String code) {
        assertThatThrownBy(() -> AdminPermission.parse(code)).isInstanceOf(InvalidValueException.class);
    }
}
