package com.acme.tavus.domain.conversation;

import java.util.Arrays;

/**
 * Where a tracked conversation is in its life, in the vocabulary of the onboarding integration
 * ({@code created}, {@code completed}). Only forward moves are allowed: a late or repeated event
 * never takes a completed conversation back to active.
 */
public enum TrackingStatus {
    /** Created on Tavus; nobody has joined yet. */
    CREATED("created", 0),
    /** The replica joined the room. */
    ACTIVE("active", 1),
    /** The call is over (ended, timed out, or shut down by Tavus). */
    COMPLETED("completed", 2),
    /** Deleted on Tavus through the platform; the row is kept for the record. */
    DELETED("deleted", 3);

    private final String value;
    private final int rank;

    TrackingStatus(String value, int rank) {
        this.value = value;
        this.rank = rank;
    }

    public String value() {
        return value;
    }

    public boolean isFinished() {
        return this == COMPLETED || this == DELETED;
    }

    /** True when moving from this status to {@code next} goes forward in the lifecycle. */
    public boolean canMoveTo(TrackingStatus next) {
        return next.rank > rank;
    }

    public static TrackingStatus fromValue(String value) {
        return Arrays.stream(values())
                .filter(s -> s.value.equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tracking status: " + value));
    }
}
