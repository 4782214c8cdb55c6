package com.acme.tavus.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.admin.AdminLoginRefused.Reason;
import com.acme.tavus.application.testing.InMemoryAdminUsers;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.TestPasswordHasher;
import com.acme.tavus.domain.admin.AdminUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminLoginServiceTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryAdminUsers users = new InMemoryAdminUsers();
    final TestPasswordHasher hasher = new TestPasswordHasher();
    final AdminLoginService login = new AdminLoginService(users, hasher, new LoginThrottle(3, Duration.ofMinutes(15)), clock);

    AdminUser stored(String username, String hash, boolean active, boolean staff) {
        var user = new AdminUser(UUID.randomUUID(), username, null, hash, active, staff, false, Set.of(), T0, null, T0);
        users.add(user).block(TIMEOUT);
        return user;
    }

    @Test
    void authenticate_rightPassword_signsInAndRecordsTheLastLogin() {
        stored("ada", hasher.hash("s3cret-enough"), true, true);
        clock.advance(Duration.ofMinutes(1));

        var user = login.authenticate(" ada ", "s3cret-enough").block(TIMEOUT);

        assertThat(user.username()).isEqualTo("ada");
        assertThat(users.all().getFirst().lastLogin()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void authenticate_wrongPasswordUnknownUserInactiveOrNotStaff_allFailTheSameWay() {
        stored("ada", hasher.hash("s3cret-enough"), true, true);
        stored("gone", hasher.hash("s3cret-enough"), false, true);
        stored("user", hasher.hash("s3cret-enough"), true, false);

        for (var attempt : new String[][] {{"ada", "wrong"}, {"nobody", "s3cret-enough"}, {"gone", "s3cret-enough"},
                {"user", "s3cret-enough"}, {"ada", ""}, {"ada", "x".repeat(100)}}) {
            assertThatThrownBy(() -> login.authenticate(attempt[0], attempt[1]).block(TIMEOUT))
                    .isInstanceOfSatisfying(AdminLoginRefused.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(Reason.INVALID_CREDENTIALS);
                        assertThat(refused.getMessage()).startsWith("Please enter the correct username and password");
                    });
        }
    }

    @Test
    void authenticate_tooManyFailures_throttlesEvenTheRightPasswordUntilTheWindowPasses() {
        stored("ada", hasher.hash("s3cret-enough"), true, true);
        for (var i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login.authenticate("ada", "wrong").block(TIMEOUT)).isInstanceOf(AdminLoginRefused.class);
        }

        assertThatThrownBy(() -> login.authenticate("ADA", "s3cret-enough").block(TIMEOUT))
                .isInstanceOfSatisfying(AdminLoginRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.THROTTLED);
                    assertThat(refused.retryAfter()).contains(Duration.ofMinutes(15));
                    assertThat(refused.getMessage()).contains("Try again in 15 minutes");
                });

        clock.advance(Duration.ofMinutes(15));
        assertThat(login.authenticate("ada", "s3cret-enough").block(TIMEOUT)).isNotNull();
    }

    @Test
    void authenticate_outdatedHash_isUpgradedOnSuccess() {
        stored("ada", TestPasswordHasher.oldFormat("s3cret-enough"), true, true);

        login.authenticate("ada", "s3cret-enough").block(TIMEOUT);

        var hash = users.all().getFirst().passwordHash();
        assertThat(hasher.needsRehash(hash)).isFalse();
        assertThat(hasher.matches("s3cret-enough", hash)).isTrue();
    }

    @Test
    void throttle_successClearsTheCountAndMemoryStaysBounded() {
        var throttle = new LoginThrottle(2, Duration.ofMinutes(1));
        throttle.failed("a", T0);
        throttle.succeeded("A");
        throttle.failed("a", T0);
        assertThat(throttle.blockedFor("a", T0)).isEmpty();

        for (var i = 0; i < LoginThrottle.MAX_TRACKED + 10; i++) {
            throttle.failed("user" + i, T0);
        }
        assertThat(throttle.blockedFor("user1", T0)).isEmpty();
    }
}
