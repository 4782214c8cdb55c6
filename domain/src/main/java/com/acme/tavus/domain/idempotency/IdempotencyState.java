package com.acme.tavus.domain.idempotency;

import java.util.Arrays;

/** Where the request behind a key is: still being served by the caller that claimed it, or answered. */
public enum IdempotencyState {
    /** Claimed; the first request is still being served. Its claim lasts until {@code lockedUntil}. */
    IN_PROGRESS("in_progress"),
    /** Answered with a remembered response, replayed until the key expires. */
    COMPLETED("completed");

    private final String value;

    IdempotencyState(String value) {
        this.value = value;
    }

    /** The stored form. */
    public String value() {
        return value;
    }

    public static IdempotencyState fromValue(String value) {
        return Arrays.stream(values())
                .filter(state -> state.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown idempotency state: " + value));
    }
}
