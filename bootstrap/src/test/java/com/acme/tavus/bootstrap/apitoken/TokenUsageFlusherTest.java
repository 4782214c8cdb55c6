package com.acme.tavus.bootstrap.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.application.apitoken.TokenUsageRecorder;
import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.application.testing.TestApiTokens;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenUsageFlusherTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();
    private final TokenUsageRecorder usage = new TokenUsageRecorder(store);

    @Test
    void usesAreWrittenOnEveryTick() {
        var id = stored();
        var flusher = new TokenUsageFlusher(usage, Duration.ofMillis(20));
        flusher.start();
        try {
            usage.record(id, T0.plusSeconds(5));

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(store.findById(id).block().lastUsedAt()).isEqualTo(T0.plusSeconds(5)));
        } finally {
            flusher.stop();
        }
    }

    @Test
    void stopping_writesWhatIsLeft_thenSaysItIsDone() throws InterruptedException {
        var id = stored();
        var flusher = new TokenUsageFlusher(usage, Duration.ofHours(1));
        flusher.start();
        usage.record(id, T0.plusSeconds(9));
        var stopped = new CountDownLatch(1);

        flusher.stop(stopped::countDown);

        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(flusher.isRunning()).isFalse();
        assertThat(store.findById(id).block().lastUsedAt()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void aFailingStore_keepsTheUses_andTheScheduleRunning() {
        var id = stored();
        var flusher = new TokenUsageFlusher(usage, Duration.ofMillis(20));
        store.failWith(new IllegalStateException("database down"));
        flusher.start();
        try {
            usage.record(id, T0.plusSeconds(3));
            await().pollDelay(Duration.ofMillis(100)).atMost(Duration.ofSeconds(5))
                    .until(() -> usage.pendingCount() == 1 && flusher.isRunning());

            store.failWith(null);

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(store.findById(id).block().lastUsedAt()).isEqualTo(T0.plusSeconds(3)));
        } finally {
            flusher.stop();
        }
    }

    private ApiTokenId stored() {
        var token = TestApiTokens.aToken("platform", "ops", Set.of(Scope.READ), T0, T0.plus(Duration.ofDays(1))).token();
        store.put(token);
        return token.id();
    }
}
