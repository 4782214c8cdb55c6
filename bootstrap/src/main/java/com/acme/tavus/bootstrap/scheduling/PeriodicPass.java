package com.acme.tavus.bootstrap.scheduling;

import java.time.Duration;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a pass of some housekeeping use case every {@code interval}, started and stopped with the
 * application: the first pass one interval after start, one pass at a time (a tick that arrives
 * while a pass is running is dropped), and a failed pass is logged and the next one runs as usual.
 *
 * <p>Used by composition, not inheritance, on purpose: springdoc scans this package tree for
 * annotations on the first {@code /v3/api-docs} request, on an event loop, and a superclass of
 * ours would be read from its class file there (BlockHound rightly fails that).
 */
public final class PeriodicPass implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicPass.class);

    private final String name;
    private final Duration interval;
    private final Supplier<Mono<Integer>> pass;
    private final IntConsumer passed;
    private volatile Disposable running;

    /**
     * @param name what the pass does, for the log ("Onboarding reconciliation")
     * @param pass one pass; emits how many things it changed
     * @param passed told what each successful pass emitted
     */
    public PeriodicPass(String name, Duration interval, Supplier<Mono<Integer>> pass, IntConsumer passed) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.pass = Objects.requireNonNull(pass, "pass");
        this.passed = Objects.requireNonNull(passed, "passed");
    }

    @Override
    public void start() {
        running = Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.defer(pass)
                        .doOnNext(passed::accept)
                        .onErrorResume(error -> {
                            LOG.warn("{} pass failed: {}", name, error.toString());
                            return Mono.empty();
                        }), 0)
                .subscribe();
        LOG.info("{} runs every {}", name, interval);
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
