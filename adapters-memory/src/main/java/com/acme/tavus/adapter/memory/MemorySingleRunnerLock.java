package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.shared.port.out.SingleRunnerLock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * Job locks in a concurrent map: one atomic map operation per acquisition or release, as each is
 * one statement in the database. Only meaningful within this process, which is all the memory
 * adapter ever serves (ADR 0015); several instances need the database's lock.
 */
public final class MemorySingleRunnerLock implements SingleRunnerLock {

    private final Map<String, Held> locks = new ConcurrentHashMap<>();

    @Override
    public Mono<Held> tryAcquire(String name, Instant now, Duration lease) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        return Mono.fromSupplier(() -> {
            var taken = new AtomicReference<Held>();
            locks.compute(name, (key, current) -> {
                if (current != null && current.until().isAfter(now)) {
                    return current;
                }
                var held = new Held(name, UUID.randomUUID().toString(), now, now.plus(lease));
                taken.set(held);
                return held;
            });
            return taken.get();
        });
    }

    @Override
    public Mono<Void> release(Held held, Instant freeFrom) {
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(freeFrom, "freeFrom");
        return Mono.fromRunnable(() -> locks.computeIfPresent(held.name(), (key, current) ->
                current.leaseId().equals(held.leaseId())
                        ? new Held(current.name(), current.leaseId(), current.acquiredAt(), freeFrom)
                        : current));
    }
}
