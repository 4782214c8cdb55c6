package com.acme.tavus.adapter.tavus.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * One kind of sandbox resource, keyed by id: thread-safe, and able to list newest first even when
 * the clock stands still (tests use fixed clocks), because each item remembers its insertion order.
 */
final class SandboxCollection<T> {

    private record Entry<T>(long sequence, T value) {}

    private final ConcurrentHashMap<String, Entry<T>> items = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Adds {@code value} under {@code id}; false, and nothing changes, when the id is taken. */
    boolean add(String id, T value) {
        return items.putIfAbsent(id, new Entry<>(sequence.incrementAndGet(), value)) == null;
    }

    Optional<T> find(String id) {
        return Optional.ofNullable(items.get(id)).map(Entry::value);
    }

    boolean contains(String id) {
        return items.containsKey(id);
    }

    /** Atomically replaces the item with {@code change(item)}; empty when there is no such id. */
    Optional<T> update(String id, UnaryOperator<T> change) {
        var updated = items.computeIfPresent(id, (key, entry) -> new Entry<>(entry.sequence(), change.apply(entry.value())));
        return Optional.ofNullable(updated).map(Entry::value);
    }

    boolean remove(String id) {
        return items.remove(id) != null;
    }

    List<T> newestFirst() {
        return items.values().stream()
                .sorted(Comparator.comparingLong((Entry<T> e) -> e.sequence()).reversed())
                .map(Entry::value)
                .toList();
    }
}
