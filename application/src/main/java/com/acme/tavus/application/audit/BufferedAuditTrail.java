package com.acme.tavus.application.audit;

import com.acme.tavus.application.audit.port.in.AuditTrail;
import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.domain.audit.AuditEntry;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * {@link AuditTrail} that queues entries in memory and writes them to the {@link AuditLog} in
 * batches, so a request never waits for the database and a database hiccup never fails a request.
 *
 * <ul>
 *   <li>{@link #record} only adds to a bounded, lock-free queue. When the queue is full the entry is
 *       dropped: counted ({@link #droppedCount()}, exported as a metric) and logged once per
 *       overflow episode, never waited for.
 *   <li>A batch is written when {@code batchSize} entries are waiting, and every
 *       {@code flushInterval} whatever is waiting; each batch is one {@link AuditLog#append} (one
 *       multi-row insert), on the bounded-elastic scheduler. One background flush runs at a time.
 *   <li>A batch the log refuses is counted ({@link #failedCount()}) and logged, not retried: the
 *       queue must keep moving.
 *   <li>{@link #shutdown()} stops the timer, waits for a running flush and writes everything still
 *       queued; bootstrap calls it after the web server has finished its in-flight requests, so a
 *       graceful shutdown loses nothing.
 * </ul>
 */
public final class BufferedAuditTrail implements AuditTrail {

    private static final System.Logger LOG = System.getLogger(BufferedAuditTrail.class.getName());

    /**
     * @param capacity how many entries may wait; more are dropped
     * @param batchSize how many entries one insert writes at most, and how many trigger a write
     * @param flushInterval how long an entry waits at most when fewer than {@code batchSize} are queued
     */
    public record Settings(int capacity, int batchSize, Duration flushInterval) {
        public Settings {
            if (batchSize < 1 || capacity < batchSize) {
                throw new IllegalArgumentException("need 1 <= batchSize <= capacity, got batchSize " + batchSize
                        + " and capacity " + capacity);
            }
            Objects.requireNonNull(flushInterval, "flushInterval");
            if (flushInterval.isNegative() || flushInterval.isZero()) {
                throw new IllegalArgumentException("flushInterval must be positive");
            }
        }
    }

    private final AuditLog log;
    private final Settings settings;
    private final Scheduler timerScheduler;
    private final Scheduler writeScheduler;

    private final Queue<AuditEntry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong droppedInEpisode = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicBoolean flushing = new AtomicBoolean();
    private volatile Mono<Void> runningFlush = Mono.empty();
    private volatile Disposable timer;

    /** Production wiring: the timer on the parallel scheduler, writes on bounded-elastic. */
    public BufferedAuditTrail(AuditLog log, Settings settings) {
        this(log, settings, Schedulers.parallel(), Schedulers.boundedElastic());
    }

    /** With explicit schedulers, for tests (virtual time for the timer, immediate writes). */
    public BufferedAuditTrail(AuditLog log, Settings settings, Scheduler timerScheduler, Scheduler writeScheduler) {
        this.log = Objects.requireNonNull(log, "log");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timerScheduler = Objects.requireNonNull(timerScheduler, "timerScheduler");
        this.writeScheduler = Objects.requireNonNull(writeScheduler, "writeScheduler");
    }

    /** Starts the periodic flush; until then entries are written only when a batch fills up. */
    public synchronized void start() {
        if (timer == null || timer.isDisposed()) {
            timer = Flux.interval(settings.flushInterval(), settings.flushInterval(), timerScheduler)
                    .onBackpressureDrop()
                    .subscribe(tick -> flushInBackground());
        }
    }

    @Override
    public void record(AuditEntry entry) {
        if (entry == null) {
            return;
        }
        if (queued.incrementAndGet() > settings.capacity()) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            if (droppedInEpisode.getAndIncrement() == 0) {
                LOG.log(Level.WARNING, "Audit queue is full ({0} entries): dropping audit entries until it drains",
                        settings.capacity());
            }
            return;
        }
        queue.offer(entry);
        if (queued.get() >= settings.batchSize()) {
            flushInBackground();
        }
    }

    /**
     * Writes everything queued now, then completes; waits for a background flush that is already
     * running instead of writing beside it. Never errors: refused batches are counted and logged.
     */
    public Mono<Void> flush() {
        return Mono.defer(() -> runningFlush).then(Mono.defer(this::drainAll));
    }

    /** Stops the timer, then {@link #flush()}es. Entries recorded afterwards wait for a later flush. */
    public Mono<Void> shutdown() {
        return Mono.defer(() -> {
            synchronized (this) {
                if (timer != null) {
                    timer.dispose();
                }
            }
            return flush();
        });
    }

    /** Entries dropped because the queue was full, since start. */
    public long droppedCount() {
        return dropped.get();
    }

    /** Entries stored, since start. */
    public long writtenCount() {
        return written.get();
    }

    /** Entries lost because the log refused their batch, since start. */
    public long failedCount() {
        return failed.get();
    }

    /** Entries waiting to be written. */
    public int queuedCount() {
        return Math.max(0, queued.get());
    }

    private void flushInBackground() {
        if (!flushing.compareAndSet(false, true)) {
            return; // the running flush loops until the queue is empty
        }
        var run = drainAll()
                .doFinally(signal -> {
                    flushing.set(false);
                    // An entry queued just as the last batch was taken would otherwise wait for the timer.
                    if (queued.get() >= settings.batchSize()) {
                        flushInBackground();
                    }
                })
                .cache();
        runningFlush = run;
        run.subscribe();
    }

    /** Writes batches until the queue is empty. */
    private Mono<Void> drainAll() {
        return Mono.defer(() -> {
                    var batch = take(settings.batchSize());
                    if (batch.isEmpty()) {
                        endOverflowEpisode();
                        return Mono.empty();
                    }
                    return write(batch).then(drainAll());
                })
                .subscribeOn(writeScheduler);
    }

    private List<AuditEntry> take(int max) {
        var batch = new ArrayList<AuditEntry>(Math.min(max, Math.max(1, queued.get())));
        AuditEntry entry;
        while (batch.size() < max && (entry = queue.poll()) != null) {
            queued.decrementAndGet();
            batch.add(entry);
        }
        return batch;
    }

    private Mono<Void> write(List<AuditEntry> batch) {
        return Mono.defer(() -> log.append(batch))
                .doOnSuccess(done -> written.addAndGet(batch.size()))
                .onErrorResume(error -> {
                    failed.addAndGet(batch.size());
                    LOG.log(Level.WARNING, "Could not store " + batch.size() + " audit entries; they are lost", error);
                    return Mono.empty();
                });
    }

    private void endOverflowEpisode() {
        var lost = droppedInEpisode.getAndSet(0);
        if (lost > 0) {
            LOG.log(Level.WARNING, "Audit queue drained again; {0} audit entries were dropped while it was full", lost);
        }
    }
}
