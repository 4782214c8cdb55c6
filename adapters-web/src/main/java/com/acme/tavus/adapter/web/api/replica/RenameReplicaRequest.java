package com.acme.tavus.adapter.web.api.replica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /tavus-api-calls/replicas/{replica_id}/rename/}. */
@Schema(name = "RenameReplicaRequest", description = "The replica's new name.")
record RenameReplicaRequest(
        @JsonProperty("replica_name")
        @Schema(description = "The new name.", example = "Rio", requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = CreateReplicaRequest.MAX_NAME)
        @NotBlank
        @Size(max = CreateReplicaRequest.MAX_NAME)
        String replicaName) {}
