package com.acme.tavus.domain.replica;

import com.acme.tavus.domain.shared.ExtraFields;
import java.util.Map;

/**
 * The {@code properties} of a replica to train. Both documented flags are optional; properties a
 * newer Tavus accepts are kept in {@code extraFields} and forwarded unchanged.
 *
 * @param gazeCorrection make the replica look at the camera even where the footage does not
 * @param backgroundGreenScreen train the replica on a green background
 */
public record ReplicaProperties(Boolean gazeCorrection, Boolean backgroundGreenScreen, Map<String, Object> extraFields) {

    public ReplicaProperties {
        extraFields = ExtraFields.copyOf(extraFields);
    }

    public static ReplicaProperties none() {
        return new ReplicaProperties(null, null, Map.of());
    }
}
