package com.acme.tavus.application.testing;

import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.idempotency.IdempotencyRecord;
import com.acme.tavus.domain.idempotency.IdempotencyState;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * {@link IdempotencyRecords} in a concurrent map, for use-case and web tests. Each operation is one
 * atomic map operation, as each is one statement in the database adapter; the persistence module
 * runs its contract against this class too.
 */
public class InMemoryIdempotencyRecords implements IdempotencyRecords {

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
        return Mono.fromSupplier(() -> records.putIfAbsent(Slot.of(claim), claim) == null);
    }

    @Override
    public Mono<IdempotencyRecord> find(Actor owner, IdempotencyKey key) {
        return Mono.fromSupplier(() -> records.get(Slot.of(owner, key)));
    }

    @Override
    public Mono<Boolean> takeOver(IdempotencyRecord seen, IdempotencyRecord claim) {
        return Mono.fromSupplier(() -> replaceIf(seen, current -> current.claimToken().equals(seen.claimToken()), claim));
    }

    @Override
    public Mono<Boolean> complete(IdempotencyRecord completed) {
        return Mono.fromSupplier(() -> replaceIf(completed, current -> holds(current, completed), completed));
    }

    @Override
    public Mono<Void> release(IdempotencyRecord claim) {
        return Mono.fromRunnable(() -> records.computeIfPresent(Slot.of(claim),
                (slot, current) -> holds(current, claim) ? null : current));
    }

    @Override
    public Mono<Integer> purgeExpired(Instant now) {
        return Mono.fromSupplier(() -> {
            var expired = records.entrySet().stream().filter(e -> e.getValue().isExpired(now)).toList();
            var removed = 0;
            for (var entry : expired) {
                if (records.remove(entry.getKey(), entry.getValue())) {
                    removed++;
                }
            }
            return removed;
        });
    }

    /** Every stored record, for assertions. */
    public List<IdempotencyRecord> all() {
        return List.copyOf(records.values());
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
