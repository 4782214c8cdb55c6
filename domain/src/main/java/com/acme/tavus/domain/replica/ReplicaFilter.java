package com.acme.tavus.domain.replica;

import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import java.util.Objects;

/**
 * Which replicas to list: a page, optionally only one type and only some ids.
 *
 * @param verbose also report each replica's {@code replica_type}
 * @param type {@code user} or {@code system}; {@code null} for both
 * @param ids only these replicas; empty for all
 */
public record ReplicaFilter(PageRequest page, boolean verbose, ReplicaType type, List<ReplicaId> ids) {

    public ReplicaFilter {
        Objects.requireNonNull(page, "page");
        if (type != null && !type.isKnown()) {
            throw new InvalidValueException("replica_type", "must be user or system");
        }
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** Every replica, first page, provider defaults. */
    public static ReplicaFilter all() {
        return new ReplicaFilter(PageRequest.defaults(), false, null, List.of());
    }

    /** True when a replica with this id and type passes the type and id filters (paging aside). */
    public boolean matches(ReplicaId id, ReplicaType replicaType) {
        return (ids.isEmpty() || ids.contains(id)) && (type == null || type.equals(replicaType));
    }
}
