package com.acme.tavus.adapter.tavus;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long one attempt at each Tavus operation may take, from opening the connection to the last
 * byte of the answer. A hard deadline per attempt, not an idle timeout: a body that trickles in
 * slowly is cut off like one that never starts.
 *
 * @param fallback the deadline of every operation not listed in {@code operations}
 * @param operations deadlines for particular operations
 */
public record TavusTimeouts(Duration fallback, Map<TavusOperation, Duration> operations) {

    public TavusTimeouts {
        requirePositive(fallback, "fallback");
        var copy = new EnumMap<TavusOperation, Duration>(TavusOperation.class);
        Objects.requireNonNull(operations, "operations").forEach((operation, timeout) -> {
            requirePositive(timeout, operation.operationName());
            copy.put(operation, timeout);
        });
        operations = Collections.unmodifiableMap(copy);
    }

    /** The same deadline for every operation. */
    public static TavusTimeouts uniform(Duration timeout) {
        return new TavusTimeouts(timeout, Map.of());
    }

    /**
     * Deadlines keyed by {@linkplain TavusOperation#operationName() operation name}, as configuration
     * gives them; an unknown name fails with the list of known ones.
     */
    public static TavusTimeouts byName(Duration fallback, Map<String, Duration> operations) {
        var typed = new EnumMap<TavusOperation, Duration>(TavusOperation.class);
        Objects.requireNonNull(operations, "operations")
                .forEach((name, timeout) -> typed.put(TavusOperation.named(name), timeout));
        return new TavusTimeouts(fallback, typed);
    }

    /** The deadline for one attempt at {@code operation}. */
    public Duration of(TavusOperation operation) {
        return operations.getOrDefault(operation, fallback);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("timeout for " + name + " must be positive");
        }
    }
}
