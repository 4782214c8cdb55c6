package com.acme.tavus.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.testing.InMemoryAuditLog;
import com.acme.tavus.domain.audit.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class BufferedAuditTrailTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration INTERVAL = Duration.ofMillis(500);

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();

    private BufferedAuditTrail trail(int capacity, int batchSize) {
        return new BufferedAuditTrail(log, new BufferedAuditTrail.Settings(capacity, batchSize, INTERVAL),
                clock, Schedulers.immediate());
    }

    @Test
    void aFullBatchIsWrittenAtOnce_inOneAppend() {
        var trail = trail(100, 3);

        trail.record(entry(1));
        trail.record(entry(2));
        assertThat(log.all()).isEmpty();
        trail.record(entry(3));

        assertThat(log.batchSizes()).containsExactly(3);
        assertThat(log.all()).extracting(AuditEntry::requestId).containsExactly("r1", "r2", "r3");
        assertThat(trail.writtenCount()).isEqualTo(3);
        assertThat(trail.queuedCount()).isZero();
    }

    @Test
    void fewerThanABatch_areWrittenByTheTimer_notBefore() {
        var trail = trail(100, 10);
        trail.start();

        trail.record(entry(1));
        trail.record(entry(2));
        clock.advanceTimeBy(INTERVAL.minusMillis(1));
        assertThat(log.all()).isEmpty();

        clock.advanceTimeBy(Duration.ofMillis(1));
        assertThat(log.batchSizes()).containsExactly(2);
    }

    @Test
    void aLargeBacklog_isWrittenInBatchesOfAtMostBatchSize() {
        var release = Sinks.<Void>empty();
        log.holdAppends(release.asMono());
        var trail = trail(100, 4);

        IntStream.rangeClosed(1, 10).forEach(i -> trail.record(entry(i)));
        release.tryEmitEmpty();
        log.releaseAppends();
        StepVerifier.create(trail.flush()).expectComplete().verify(TIMEOUT);

        assertThat(log.batchSizes()).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(4));
        assertThat(log.all()).hasSize(10);
    }

    @Test
    void recordNeverWaits_forASlowLog_andOverflowDropsAndCounts() {
        var neverReleased = Sinks.<Void>empty();
        log.holdAppends(neverReleased.asMono());
        var trail = trail(5, 5);

        // The first five start a write that hangs; the next five fill the queue again; the rest find it full.
        var started = System.nanoTime();
        IntStream.rangeClosed(1, 17).forEach(i -> trail.record(entry(i)));
        var elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isLessThan(Duration.ofSeconds(1));
        assertThat(trail.droppedCount()).isEqualTo(7);
        assertThat(trail.queuedCount()).isEqualTo(5);
        assertThat(log.all()).isEmpty();
    }

    @Test
    void aRefusedBatch_isCountedAndTheQueueMovesOn() {
        var trail = trail(100, 2);
        log.failWith(new IllegalStateException("database down"));

        trail.record(entry(1));
        trail.record(entry(2));
        assertThat(trail.failedCount()).isEqualTo(2);

        log.failWith(null);
        trail.record(entry(3));
        trail.record(entry(4));
        assertThat(log.all()).extracting(AuditEntry::requestId).containsExactly("r3", "r4");
    }

    @Test
    void shutdown_writesEverythingQueued_andStopsTheTimer() {
        var trail = trail(100, 10);
        trail.start();
        trail.record(entry(1));
        trail.record(entry(2));
        trail.record(entry(3));

        StepVerifier.create(trail.shutdown()).expectComplete().verify(TIMEOUT);

        assertThat(log.batchSizes()).containsExactly(3);
        trail.record(entry(4));
        clock.advanceTimeBy(INTERVAL.multipliedBy(3));
        assertThat(log.all()).hasSize(3);
    }

    @Test
    void shutdown_waitsForAFlushAlreadyRunning() {
        var release = Sinks.<Void>empty();
        log.holdAppends(release.asMono());
        var trail = trail(100, 2);
        trail.record(entry(1));
        trail.record(entry(2)); // a background write starts and hangs
        trail.record(entry(3));

        var shutdown = trail.shutdown().toFuture();
        assertThat(shutdown).isNotDone();

        log.releaseAppends();
        release.tryEmitEmpty();
        StepVerifier.create(reactor.core.publisher.Mono.fromFuture(shutdown)).expectComplete().verify(TIMEOUT);
        assertThat(log.all()).extracting(AuditEntry::requestId).containsExactlyInAnyOrder("r1", "r2", "r3");
    }

    @Test
    void settingsRefuseABatchLargerThanTheQueue() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new BufferedAuditTrail.Settings(5, 10, INTERVAL));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new BufferedAuditTrail.Settings(5, 5, Duration.ZERO));
    }

    private static AuditEntry entry(int n) {
        return new AuditEntry(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n), "r" + n, "team-a", "POST",
                "/tavus-api-calls/conversations/", "c" + n, 200, 200, 12);
    }
}
