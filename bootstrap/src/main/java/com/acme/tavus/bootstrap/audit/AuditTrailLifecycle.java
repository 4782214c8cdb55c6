package com.acme.tavus.bootstrap.audit;

import com.acme.tavus.application.audit.BufferedAuditTrail;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the audit trail's periodic flush with the application and, on shutdown, writes every
 * queued entry before the database goes away.
 *
 * <p>Why this phase: lifecycles stop from the highest phase down. The web server finishes its
 * in-flight requests (graceful shutdown, phase {@code MAX - 1024}) and then stops (phase
 * {@code MAX - 2048}); only after that can no new entry arrive, so the trail stops below both. The
 * connection pool closes later still, when beans are destroyed. Stopping is asynchronous (nothing
 * blocks a thread): Spring is told when the last batch is stored, or after {@code timeout}.
 */
public final class AuditTrailLifecycle implements SmartLifecycle {

    /** Below the web server's graceful-shutdown and stop phases. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailLifecycle.class);

    private final BufferedAuditTrail trail;
    private final Duration timeout;
    private volatile boolean running;

    public AuditTrailLifecycle(BufferedAuditTrail trail, Duration timeout) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public void start() {
        trail.start();
        running = true;
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("stopped asynchronously through stop(Runnable)");
    }

    @Override
    public void stop(Runnable callback) {
        running = false;
        var queued = trail.queuedCount();
        trail.shutdown()
                .timeout(timeout)
                .doFinally(signal -> callback.run())
                .subscribe(
                        done -> { },
                        error -> LOG.warn("Audit trail did not finish writing within {}; {} entries may be lost",
                                timeout, trail.queuedCount()),
                        () -> LOG.info("Audit trail flushed at shutdown ({} entries were queued, {} stored in all)",
                                queued, trail.writtenCount()));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
