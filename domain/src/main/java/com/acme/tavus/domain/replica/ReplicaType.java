package com.acme.tavus.domain.replica;

import java.util.Locale;

/**
 * Whose replica it is: {@code user} (trained by this account) or {@code system} (one of Tavus's stock
 * replicas). Reported only by verbose reads. A value a newer Tavus sends is kept verbatim, but a
 * list filter accepts only the two documented ones ({@link #isKnown()}).
 */
public record ReplicaType(String value) {

    public static final ReplicaType USER = new ReplicaType("user");
    public static final ReplicaType SYSTEM = new ReplicaType("system");

    public ReplicaType {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("replica type value is required");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static ReplicaType of(String value) {
        return new ReplicaType(value);
    }

    /** True for {@code user} and {@code system}, the values Tavus documents. */
    public boolean isKnown() {
        return equals(USER) || equals(SYSTEM);
    }

    @Override
    public String toString() {
        return value;
    }
}
