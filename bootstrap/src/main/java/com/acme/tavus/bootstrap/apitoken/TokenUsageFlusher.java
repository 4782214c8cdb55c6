package com.acme.tavus.bootstrap.apitoken;

import com.acme.tavus.application.apitoken.TokenUsageRecorder;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes the noted token uses ({@code last_used_at}) every {@code interval}, one flush at a time, and
 * once more when the application stops: after the web server has drained its requests (this
 * lifecycle stops after it) and before the database pool closes. Nothing here ever blocks a thread.
 */
public final class TokenUsageFlusher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TokenUsageFlusher.class);
    /** Below the web server's lifecycle phases: started before it, stopped after it. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    private static final Duration FINAL_FLUSH_TIMEOUT = Duration.ofSeconds(5);

    private final TokenUsageRecorder usage;
    private final Duration interval;
    private volatile Disposable running;

    public TokenUsageFlusher(TokenUsageRecorder usage, Duration interval) {
        this.usage = Objects.requireNonNull(usage, "usage");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public void start() {
        running = Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> flush(), 0)
                .subscribe();
    }

    @Override
    public void stop(Runnable callback) {
        var current = running;
        running = null;
        if (current != null) {
            current.dispose();
        }
        flush().timeout(FINAL_FLUSH_TIMEOUT, Mono.just(0)).doFinally(signal -> callback.run()).subscribe();
    }

    @Override
    public void stop() {
        stop(() -> { });
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private Mono<Integer> flush() {
        return usage.flush().onErrorResume(error -> {
            LOG.warn("Could not record API token use (kept for the next try): {}", error.toString());
            return Mono.just(0);
        });
    }
}
