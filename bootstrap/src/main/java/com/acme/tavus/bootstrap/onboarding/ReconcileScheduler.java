package com.acme.tavus.bootstrap.onboarding;

import com.acme.tavus.application.onboarding.port.in.ReconcileConversationsUseCase;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs {@link ReconcileConversationsUseCase} every {@code interval}, one pass at a time (a tick
 * that arrives while a pass is running is dropped). Started and stopped with the application.
 */
public final class ReconcileScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileScheduler.class);

    private final ReconcileConversationsUseCase reconcile;
    private final Duration interval;
    private volatile Disposable running;

    public ReconcileScheduler(ReconcileConversationsUseCase reconcile, Duration interval) {
        this.reconcile = Objects.requireNonNull(reconcile, "reconcile");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public void start() {
        running = Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> reconcile.reconcile()
                        .doOnNext(changed -> {
                            if (changed > 0) {
                                LOG.info("Reconciled {} conversation(s) whose callbacks never arrived", changed);
                            }
                        })
                        .onErrorResume(error -> {
                            LOG.warn("Reconciliation pass failed: {}", error.toString());
                            return Mono.empty();
                        }), 0)
                .subscribe();
        LOG.info("Onboarding reconciler runs every {}", interval);
    }

    @Override
    public void stop() {
        var current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
