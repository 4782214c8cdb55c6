package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.idempotency.IdempotencyRecord;
import com.acme.tavus.domain.idempotency.IdempotencyState;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * The idempotency records ({@code idempotency_keys}) in a concurrent map keyed by owner and key.
 * Each operation is one atomic map operation on that key, as each is one statement in the database,
 * so of concurrent claims or take-overs exactly one wins. Expired records stay until
 * {@link #purgeExpired} (the platform's purge job calls it), which bounds the map by the request
 * rate times the retention.
 */
public final class MemoryIdempotencyRecords implements IdempotencyRecords {

    private record Slot(String owner, String key) {
        static Slot of(Actor owner, IdempotencyKey key) {
            return new Slot(owner.name(), key.value());
        }

        static Slot of(IdempotencyRecord record) {
            return of(record.owner(), record.key());
        }
    }

    private final Map<Slot, IdempotencyRecord> records = new ConcurrentHashMap<>();

    @Override
    public Mono<Boolean> claim(IdempotencyRecord claim) {
        Objects.requireNonNull(claim, "claim");
        return Mono.fromSupplier(() -> records.putIfAbsent(Slot.of(claim), claim) == null);
    }

    @Override
    public Mono<IdempotencyRecord> find(Actor owner, IdempotencyKey key) {
        return Mono.fromSupplier(() -> records.get(Slot.of(owner, key)));
    }

    @Override
    public Mono<Boolean> takeOver(IdempotencyRecord seen, IdempotencyRecord claim) {
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(claim, "claim");
        return Mono.fromSupplier(() ->
                replaceIf(seen, current -> current.claimToken().equals(seen.claimToken()), claim));
    }

    @Override
    public Mono<Boolean> complete(IdempotencyRecord completed) {
        Objects.requireNonNull(completed, "completed");
        return Mono.fromSupplier(() -> replaceIf(completed, current -> holds(current, completed), completed));
    }

    @Override
    public Mono<Void> release(IdempotencyRecord claim) {
        Objects.requireNonNull(claim, "claim");
        return Mono.fromRunnable(() -> records.computeIfPresent(Slot.of(claim),
                (slot, current) -> holds(current, claim) ? null : current));
    }

    @Override
    public Mono<Integer> purgeExpired(Instant now) {
        return Mono.fromSupplier(() -> {
            var removed = 0;
            for (var entry : records.entrySet()) {
                // remove(key, value): a record replaced meanwhile (taken over, completed) is not removed.
                if (entry.getValue().isExpired(now) && records.remove(entry.getKey(), entry.getValue())) {
                    removed++;
                }
            }
            return removed;
        });
    }

    /** Atomically replaces the record in {@code slotOf}'s slot with {@code next} if it passes {@code test}. */
    private boolean replaceIf(IdempotencyRecord slotOf, Predicate<IdempotencyRecord> test, IdempotencyRecord next) {
        var replaced = new AtomicBoolean();
        records.computeIfPresent(Slot.of(slotOf), (slot, current) -> {
            if (!test.test(current)) {
                return current;
            }
            replaced.set(true);
            return next;
        });
        return replaced.get();
    }

    private static boolean holds(IdempotencyRecord current, IdempotencyRecord claim) {
        return current.state() == IdempotencyState.IN_PROGRESS && current.claimToken().equals(claim.claimToken());
    }
}
