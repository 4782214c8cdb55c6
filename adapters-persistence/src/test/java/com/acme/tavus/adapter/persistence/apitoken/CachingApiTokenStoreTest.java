package com.acme.tavus.adapter.persistence.apitoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.application.testing.contract.ApiTokenStoreContract;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class CachingApiTokenStoreTest {

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final Duration NEGATIVE_TTL = Duration.ofSeconds(2);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Actor ADMIN = new Actor("platform/ops");

    private final AtomicLong nanos = new AtomicLong();
    /** Stands for the database, shared by every instance; revoking here is "revoked on another instance". */
    private final InMemoryApiTokenStore database = new InMemoryApiTokenStore();
    private final CachingApiTokenStore store = new CachingApiTokenStore(database, TTL, NEGATIVE_TTL, 100, nanos::get);

    @Test
    void aFoundToken_isLookedUpOncePerTtl() {
        var token = stored();

        for (var i = 0; i < 5; i++) {
            assertThat(store.findByHash(token.hash()).block()).isEqualTo(token);
        }
        assertThat(database.hashLookups()).isEqualTo(1);

        advance(TTL);
        store.findByHash(token.hash()).block();
        assertThat(database.hashLookups()).isEqualTo(2);
    }

    @Test
    void anUnknownHash_isRememberedForTheNegativeTtl() {
        var unknown = TokenHash.of(TokenFormat.generate(new SecureRandom()));

        StepVerifier.create(store.findByHash(unknown)).verifyComplete();
        StepVerifier.create(store.findByHash(unknown)).verifyComplete();
        assertThat(database.hashLookups()).isEqualTo(1);

        advance(NEGATIVE_TTL);
        StepVerifier.create(store.findByHash(unknown)).verifyComplete();
        assertThat(database.hashLookups()).isEqualTo(2);
    }

    @Test
    void aRevocationThroughThisStore_showsAtOnce() {
        var token = stored();
        store.findByHash(token.hash()).block();

        store.revoke(token.id(), T0.plusSeconds(1), ADMIN).block();

        assertThat(store.findByHash(token.hash()).block().revokedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aRevocationOnAnotherInstance_showsWithinTheTtl() {
        var token = stored();
        store.findByHash(token.hash()).block();

        database.revoke(token.id(), T0.plusSeconds(1), ADMIN).block();
        assertThat(store.findByHash(token.hash()).block().revokedAt()).as("still cached").isNull();

        advance(TTL);
        assertThat(store.findByHash(token.hash()).block().revokedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void addingAToken_forgetsThatItWasUnknown() {
        var token = aToken();
        StepVerifier.create(store.findByHash(token.hash())).verifyComplete();

        store.add(token).block();

        assertThat(store.findByHash(token.hash()).block()).isEqualTo(token);
    }

    @Test
    void failures_areNotCached() {
        var token = stored();
        database.failWith(new IllegalStateException("database down"));
        StepVerifier.create(store.findByHash(token.hash())).expectError(IllegalStateException.class).verify();

        database.failWith(null);

        assertThat(store.findByHash(token.hash()).block()).isEqualTo(token);
    }

    @Test
    void concurrentLookups_shareOneDatabaseCall_andOneCancellationCancelsNoOtherOne() {
        var token = stored();
        var slow = new CachingApiTokenStore(new InMemoryApiTokenStore() {
            @Override
            public Mono<ApiToken> findByHash(TokenHash hash) {
                return database.findByHash(hash).delayElement(Duration.ofMillis(50));
            }
        }, TTL, NEGATIVE_TTL, 100, nanos::get);

        slow.findByHash(token.hash()).subscribe().dispose();
        var found = Flux.range(0, 8).flatMap(i -> slow.findByHash(token.hash())).collectList().block();

        assertThat(found).hasSize(8).allSatisfy(t -> assertThat(t).isEqualTo(token));
        assertThat(database.hashLookups()).isEqualTo(1);
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private ApiToken stored() {
        var token = aToken();
        database.put(token);
        return token;
    }

    private static ApiToken aToken() {
        return ApiTokenStoreContract.aToken("payments", T0);
    }
}
