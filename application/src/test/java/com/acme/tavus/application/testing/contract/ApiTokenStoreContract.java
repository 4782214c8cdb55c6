package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.application.testing.TestApiTokens;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every {@link ApiTokenStore} must do, as tests: extend it and supply the store under test (the
 * jOOQ adapter on H2 and PostgreSQL, the same behind the cache, the memory adapter, the application's
 * in-memory fake).
 *
 * <p>The tests share one store and never clean it: each uses fresh ids, secrets and team names.
 */
public abstract class ApiTokenStoreContract {

    /** A point in time with microseconds, the finest precision a stored token must keep. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Actor ADMIN = new Actor("platform/ops");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The store under test; may be the same instance on every call. */
    protected abstract ApiTokenStore store();

    @Test
    void addThenFindByIdAndByHash_roundTripEveryField() {
        var token = aToken(newTeam(), T0);
        var used = token.usedAt(T0.plusSeconds(30)).revoked(T0.plusSeconds(60), ADMIN);

        add(used);

        assertThat(store().findById(used.id()).block(TIMEOUT)).isEqualTo(used);
        assertThat(store().findByHash(used.hash()).block(TIMEOUT)).isEqualTo(used);
    }

    @Test
    void aNewToken_hasNoLastUseAndNoRevocation() {
        var token = aToken(newTeam(), T0);

        add(token);

        var found = store().findById(token.id()).block(TIMEOUT);
        assertThat(found.lastUsedAt()).isNull();
        assertThat(found.revokedAt()).isNull();
        assertThat(found.revokedBy()).isNull();
        assertThat(found.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE);
    }

    @Test
    void findOfAnUnknownIdOrHash_isEmpty() {
        StepVerifier.create(store().findById(new ApiTokenId(UUID.randomUUID()))).expectComplete().verify(TIMEOUT);
        StepVerifier.create(store().findByHash(TokenHash.of(TokenFormat.generate(RANDOM))))
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void addDoesNothingUntilSubscribed() {
        var token = aToken(newTeam(), T0);

        var pending = store().add(token);
        assertThat(store().findById(token.id()).blockOptional(TIMEOUT)).isEmpty();

        pending.block(TIMEOUT);
        assertThat(store().findById(token.id()).block(TIMEOUT)).isEqualTo(token);
    }

    @Test
    void aSecondTokenWithTheSameHashOrId_failsAndKeepsTheFirst() {
        var first = aToken(newTeam(), T0);
        add(first);
        var sameHash = new ApiToken(new ApiTokenId(UUID.randomUUID()), "other", first.team(), Set.of(Scope.ADMIN),
                first.hash(), first.hint(), T0, ADMIN, T0.plusSeconds(60), null, null, null);
        var sameId = withId(aToken(first.team(), T0), first.id());

        StepVerifier.create(store().add(sameHash)).expectError().verify(TIMEOUT);
        StepVerifier.create(store().add(sameId)).expectError().verify(TIMEOUT);

        assertThat(store().findByHash(first.hash()).block(TIMEOUT)).isEqualTo(first);
        assertThat(store().findById(first.id()).block(TIMEOUT)).isEqualTo(first);
        assertThat(store().findByHash(sameId.hash()).blockOptional(TIMEOUT)).isEmpty();
    }

    @Test
    void list_isNewestFirst_andOnlyTheTeamWhenOneIsNamed() {
        var team = newTeam();
        var older = aToken(team, T0);
        var newer = aToken(team, T0.plusSeconds(5));
        var otherTeam = aToken(newTeam(), T0.plusSeconds(3));
        add(older);
        add(otherTeam);
        add(newer);

        StepVerifier.create(store().list(team)).expectNext(newer, older).expectComplete().verify(TIMEOUT);
        assertThat(store().list(null).collectList().block(TIMEOUT))
                .contains(older, newer, otherTeam)
                .containsSubsequence(newer, otherTeam, older);
        StepVerifier.create(store().list(newTeam())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void revoke_marksTheTokenOnce_andTheFirstRevocationStands() {
        var token = aToken(newTeam(), T0);
        add(token);

        assertThat(store().revoke(token.id(), T0.plusSeconds(10), ADMIN).block(TIMEOUT)).isTrue();
        assertThat(store().revoke(token.id(), T0.plusSeconds(20), new Actor("someone/else")).block(TIMEOUT)).isFalse();

        var found = store().findByHash(token.hash()).block(TIMEOUT);
        assertThat(found.revokedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(found.revokedBy()).isEqualTo(ADMIN);
        assertThat(store().findById(token.id()).block(TIMEOUT)).isEqualTo(found);
    }

    @Test
    void revokeOfAnUnknownToken_isFalse() {
        assertThat(store().revoke(new ApiTokenId(UUID.randomUUID()), T0, ADMIN).block(TIMEOUT)).isFalse();
    }

    @Test
    void revoke_touchesOnlyThatToken() {
        var team = newTeam();
        var revoked = aToken(team, T0);
        var kept = aToken(team, T0);
        add(revoked);
        add(kept);

        store().revoke(revoked.id(), T0.plusSeconds(1), ADMIN).block(TIMEOUT);

        assertThat(store().findById(kept.id()).block(TIMEOUT)).isEqualTo(kept);
    }

    @Test
    void recordLastUse_movesEachTokenForward_neverBack_andSkipsUnknownIds() {
        var team = newTeam();
        var a = aToken(team, T0);
        var b = aToken(team, T0).usedAt(T0.plusSeconds(100));
        add(a);
        add(b);

        store().recordLastUse(Map.of(
                a.id(), T0.plusSeconds(50),
                b.id(), T0.plusSeconds(40),
                new ApiTokenId(UUID.randomUUID()), T0.plusSeconds(60))).block(TIMEOUT);

        assertThat(store().findById(a.id()).block(TIMEOUT).lastUsedAt()).isEqualTo(T0.plusSeconds(50));
        assertThat(store().findById(b.id()).block(TIMEOUT).lastUsedAt()).isEqualTo(T0.plusSeconds(100));
        store().recordLastUse(Map.of()).block(TIMEOUT);
    }

    // ---------------------------------------------------------------- fixtures

    /** An active read/write token of {@code team}, created at {@code createdAt}, expiring a day later. */
    public static ApiToken aToken(String team, Instant createdAt) {
        return TestApiTokens.aToken(team, "ci", Set.of(Scope.READ, Scope.WRITE), createdAt,
                createdAt.plus(Duration.ofDays(1))).token();
    }

    /** A team name no other test uses. */
    protected static String newTeam() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ApiToken withId(ApiToken t, ApiTokenId id) {
        return new ApiToken(id, t.name(), t.team(), t.scopes(), t.hash(), t.hint(), t.createdAt(), t.createdBy(),
                t.expiresAt(), t.lastUsedAt(), t.revokedAt(), t.revokedBy());
    }

    protected void add(ApiToken token) {
        store().add(token).block(TIMEOUT);
    }
}
