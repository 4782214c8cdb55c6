package com.acme.tavus.domain.replica;

import com.acme.tavus.domain.shared.ResourceIds;

/** Identifies a Tavus replica (the AI likeness), such as re8e740a42. Opaque to the platform; only its characters are checked. */
public record ReplicaId(String value) {

    public ReplicaId {
        ResourceIds.requireSafe(value, "replica_id");
    }

    public static ReplicaId of(String value) {
        return new ReplicaId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
