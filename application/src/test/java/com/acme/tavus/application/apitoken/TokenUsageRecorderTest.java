package com.acme.tavus.application.apitoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.application.testing.TestApiTokens;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class TokenUsageRecorderTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();
    private final TokenUsageRecorder usage = new TokenUsageRecorder(store);

    @Test
    void flush_writesTheLatestUseOfEachToken_once() {
        var a = stored();
        var b = stored();
        usage.record(a, T0.plusSeconds(5));
        usage.record(a, T0.plusSeconds(9));
        usage.record(a, T0.plusSeconds(7));
        usage.record(b, T0.plusSeconds(1));

        StepVerifier.create(usage.flush()).expectNext(2).verifyComplete();

        assertThat(store.findById(a).block().lastUsedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(store.findById(b).block().lastUsedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(usage.pendingCount()).isZero();
        StepVerifier.create(usage.flush()).expectNext(0).verifyComplete();
    }

    @Test
    void aFailedFlush_keepsTheUses_forTheNextOne() {
        var a = stored();
        usage.record(a, T0.plusSeconds(5));
        store.failWith(new IllegalStateException("database down"));

        StepVerifier.create(usage.flush()).expectError(IllegalStateException.class).verify();
        usage.record(a, T0.plusSeconds(3));
        store.failWith(null);

        StepVerifier.create(usage.flush()).expectNext(1).verifyComplete();
        assertThat(store.findById(a).block().lastUsedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aLastUseNeverMovesBack() {
        var a = stored();
        usage.record(a, T0.plusSeconds(10));
        usage.flush().block();
        usage.record(a, T0.plusSeconds(4));
        usage.flush().block();

        assertThat(store.findById(a).block().lastUsedAt()).isEqualTo(T0.plusSeconds(10));
    }

    private ApiTokenId stored() {
        var token = TestApiTokens.aToken("platform", "ops", Set.of(Scope.READ), T0, T0.plus(Duration.ofDays(1))).token();
        store.put(token);
        return token.id();
    }
}
