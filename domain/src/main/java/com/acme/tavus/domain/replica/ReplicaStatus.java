package com.acme.tavus.domain.replica;

import java.util.Locale;

/**
 * A replica's training status as Tavus's REST answers report it: {@code started}, {@code completed}
 * or {@code error}. Tavus has changed its vocabulary before (its callbacks say {@code ready}), so any
 * other value is kept verbatim instead of failing the request.
 */
public record ReplicaStatus(String value) {

    public static final ReplicaStatus STARTED = new ReplicaStatus("started");
    public static final ReplicaStatus COMPLETED = new ReplicaStatus("completed");
    public static final ReplicaStatus ERROR = new ReplicaStatus("error");

    public ReplicaStatus {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("status value is required");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static ReplicaStatus of(String value) {
        return new ReplicaStatus(value);
    }

    /** Only a trained replica can join a conversation. */
    public boolean isCompleted() {
        return this.equals(COMPLETED);
    }

    @Override
    public String toString() {
        return value;
    }
}
