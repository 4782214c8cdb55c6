package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A replica as Tavus sends it (create, get, list items). The create answer documents only
 * {@code replica_id} and {@code status}; whatever else Tavus adds (a {@code model_name}, say) is
 * collected into {@code extraFields} and passed on rather than dropped.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ReplicaResponse(
        String replicaId,
        String replicaName,
        String thumbnailVideoUrl,
        String trainingProgress,
        String status,
        String createdAt,
        String updatedAt,
        String errorMessage,
        String replicaType,
        @JsonAnySetter Map<String, Object> extraFields) {

    ReplicaResponse {
        extraFields = ExtraJson.orEmpty(extraFields);
    }

    /** A copy with {@code fallback} as status when Tavus left the status out. */
    ReplicaResponse withStatusIfMissing(String fallback) {
        if (status != null && !status.isBlank()) {
            return this;
        }
        return new ReplicaResponse(replicaId, replicaName, thumbnailVideoUrl, trainingProgress, fallback, createdAt,
                updatedAt, errorMessage, replicaType, extraFields);
    }
}
