package com.acme.tavus.domain.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Actor ADMIN = new Actor("platform/ops");

    @Test
    void status_isActiveUntilExpiry_thenExpired() {
        var token = aToken(T0.plus(Duration.ofDays(1)));

        assertThat(token.status(T0)).isEqualTo(TokenStatus.ACTIVE);
        assertThat(token.isActiveAt(T0.plus(Duration.ofDays(1)).minusMillis(1))).isTrue();
        assertThat(token.status(T0.plus(Duration.ofDays(1)))).isEqualTo(TokenStatus.EXPIRED);
        assertThat(token.isActiveAt(T0.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void revoked_isFinal_andRevokingTwiceKeepsTheFirst() {
        var token = aToken(T0.plus(Duration.ofDays(1)));

        var revoked = token.revoked(T0.plusSeconds(60), ADMIN);
        var again = revoked.revoked(T0.plusSeconds(120), new Actor("someone-else"));

        assertThat(revoked.status(T0.plusSeconds(61))).isEqualTo(TokenStatus.REVOKED);
        assertThat(revoked.status(T0.plus(Duration.ofDays(2)))).isEqualTo(TokenStatus.REVOKED);
        assertThat(again).isSameAs(revoked);
        assertThat(again.revokedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(again.revokedBy()).isEqualTo(ADMIN);
    }

    @Test
    void caller_isTeamSlashName_withTheTokensScopes() {
        var caller = aToken(T0.plusSeconds(60)).caller();

        assertThat(caller.actor().name()).isEqualTo("payments/ci");
        assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE);
    }

    @Test
    void usedAt_onlyMovesForward() {
        var token = aToken(T0.plusSeconds(600));

        var used = token.usedAt(T0.plusSeconds(10));

        assertThat(used.lastUsedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(used.usedAt(T0.plusSeconds(5))).isSameAs(used);
    }

    @Test
    void nameAndTeam_areCheckedLabels() {
        assertThat(ApiToken.requireLabel("name", "ci-deploy_2.prod")).isEqualTo("ci-deploy_2.prod");
        assertThatThrownBy(() -> ApiToken.requireLabel("name", " "))
                .isInstanceOf(InvalidValueException.class).hasMessage("name: is required");
        assertThatThrownBy(() -> ApiToken.requireLabel("team", "pay ments"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("team: must be 1-63 letters");
        assertThatThrownBy(() -> ApiToken.requireLabel("team", "-x")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ApiToken.requireLabel("team", "t".repeat(64))).isInstanceOf(InvalidValueException.class);
        assertThat(ApiToken.requireLabel("team", "t".repeat(63))).hasSize(63);
    }

    @Test
    void scopes_areRequired_andCopied() {
        assertThatThrownBy(() -> ApiToken.requireScopes(Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("scopes: at least one of read, write, admin is required");
        var mutable = EnumSet.of(Scope.ADMIN);
        var copy = ApiToken.requireScopes(mutable);
        mutable.add(Scope.READ);
        assertThat(copy).containsExactly(Scope.ADMIN);
    }

    @Test
    void aTokenMustExpireAfterItWasCreated() {
        assertThatThrownBy(() -> aToken(T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scope_values_areTheWireNames() {
        assertThat(Scope.READ.value()).isEqualTo("read");
        assertThat(Scope.fromValue("ADMIN")).contains(Scope.ADMIN);
        assertThat(Scope.fromValue("root")).isEmpty();
        assertThat(Scope.allValues()).isEqualTo("read, write, admin");
    }

    @Test
    void apiTokenId_parsesUuids_andNamesTheFieldOtherwise() {
        var id = UUID.randomUUID();
        assertThat(ApiTokenId.of(" " + id + " ").value()).isEqualTo(id);
        assertThatThrownBy(() -> ApiTokenId.of("42"))
                .isInstanceOf(InvalidValueException.class).hasMessage("id: must be a token id (a UUID)");
        assertThatThrownBy(() -> ApiTokenId.of(null)).isInstanceOf(InvalidValueException.class);
    }

    private static ApiToken aToken(Instant expiresAt) {
        var secret = TokenFormat.generate(new java.security.SecureRandom());
        return new ApiToken(new ApiTokenId(UUID.randomUUID()), "ci", "payments", Set.of(Scope.READ, Scope.WRITE),
                TokenHash.of(secret), TokenFormat.hint(secret), T0, ADMIN, expiresAt, null, null, null);
    }
}
