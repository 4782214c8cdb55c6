package com.acme.tavus.application.apitoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.apitoken.StaticTokenAuthenticator.StaticToken;
import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.TestApiTokens;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ApiTokenAuthenticatorTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();
    private final MutableClock clock = new MutableClock(T0);
    private final TokenUsageRecorder usage = new TokenUsageRecorder(store);
    private final ApiTokenAuthenticator authenticator = new ApiTokenAuthenticator(
            new StaticTokenAuthenticator(List.of(new StaticToken("ci-team", "FOOBAR1"))), store, usage, clock);

    @Test
    void configuredTokens_comeFirst_withoutAStoreLookup() {
        StepVerifier.create(authenticator.authenticate("FOOBAR1"))
                .assertNext(caller -> {
                    assertThat(caller.actor().name()).isEqualTo("ci-team");
                    assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE);
                })
                .verifyComplete();
        assertThat(store.hashLookups()).isZero();
    }

    @Test
    void anActiveDatabaseToken_isItsTeamAndName_withItsScopes_andItsUseIsNoted() {
        var secret = stored(T0.plus(Duration.ofDays(1)), Set.of(Scope.ADMIN));

        StepVerifier.create(authenticator.authenticate(secret))
                .assertNext(caller -> {
                    assertThat(caller.actor()).isEqualTo(new Actor("platform/ops"));
                    assertThat(caller.scopes()).containsExactly(Scope.ADMIN);
                })
                .verifyComplete();
        assertThat(usage.pendingCount()).isEqualTo(1);
    }

    @Test
    void anExpiredToken_failsFromTheMomentItExpires() {
        var secret = stored(T0.plusSeconds(60), Set.of(Scope.READ));

        StepVerifier.create(authenticator.authenticate(secret)).expectNextCount(1).verifyComplete();
        clock.advance(Duration.ofSeconds(60));
        StepVerifier.create(authenticator.authenticate(secret)).verifyComplete();
    }

    @Test
    void aRevokedToken_fails() {
        var secret = stored(T0.plus(Duration.ofDays(1)), Set.of(Scope.READ));
        var id = store.findByHash(TokenHash.of(secret)).block().id();
        store.revoke(id, T0, new Actor("platform/ops")).block();

        StepVerifier.create(authenticator.authenticate(secret)).verifyComplete();
        assertThat(usage.pendingCount()).isZero();
    }

    @Test
    void malformedTokens_neverReachTheStore() {
        var secret = TokenFormat.generate(new SecureRandom());
        var typo = secret.substring(0, 20) + (secret.charAt(20) == 'x' ? 'y' : 'x') + secret.substring(21);

        for (var presented : new String[] {"FOOBAR2", typo, "tvp_short", "", null}) {
            StepVerifier.create(authenticator.authenticate(presented)).verifyComplete();
        }
        assertThat(store.hashLookups()).isZero();
    }

    @Test
    void aWellFormedUnknownToken_isLookedUp_andGivesNothing() {
        StepVerifier.create(authenticator.authenticate(TokenFormat.generate(new SecureRandom()))).verifyComplete();
        assertThat(store.hashLookups()).isEqualTo(1);
    }

    @Test
    void aFailingStore_isAnError_notAnUnknownToken() {
        store.failWith(new IllegalStateException("database down"));

        StepVerifier.create(authenticator.authenticate(TokenFormat.generate(new SecureRandom())))
                .expectError(IllegalStateException.class)
                .verify();
        StepVerifier.create(authenticator.authenticate("FOOBAR1")).expectNextCount(1).verifyComplete();
    }

    /** Stores a token for platform/ops and answers its secret. */
    private String stored(Instant expiresAt, Set<Scope> scopes) {
        var issued = TestApiTokens.aToken("platform", "ops", scopes, T0.minusSeconds(1), expiresAt);
        store.put(issued.token());
        return issued.secret();
    }
}
