package com.acme.tavus.domain.replica;

import com.acme.tavus.domain.shared.InvalidValueException;

/**
 * A name a client gives a replica (on create or rename). Tavus sets no documented limit; the
 * platform caps it at {@value #MAX_LENGTH} characters so a name fits any listing or database column,
 * and rejects blank names, which Tavus would store as an unreadable replica.
 */
public record ReplicaName(String value) {

    public static final int MAX_LENGTH = 255;
    static final String FIELD = "replica_name";

    public ReplicaName {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(FIELD, "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static ReplicaName of(String value) {
        return new ReplicaName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
