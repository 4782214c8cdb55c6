package com.acme.tavus.domain.replica;

import com.acme.tavus.domain.shared.ExtraFields;
import java.util.Map;
import java.util.Objects;

/**
 * A Tavus replica as the provider describes it. Timestamps and the training progress are kept as
 * Tavus wrote them ({@code "100/100"} is a string on the wire), because Tavus mixes formats and
 * clients of the proxy expect its exact values back.
 *
 * @param trainingProgress how far training got, such as {@code "42/100"}
 * @param errorMessage why training failed; only with status {@code error}
 * @param type {@code user} or {@code system}; only present on verbose reads
 * @param extraFields everything else Tavus returned, passed on unchanged
 */
public record Replica(
        ReplicaId id,
        String name,
        String thumbnailVideoUrl,
        String trainingProgress,
        ReplicaStatus status,
        String createdAt,
        String updatedAt,
        String errorMessage,
        ReplicaType type,
        Map<String, Object> extraFields) {

    public Replica {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
