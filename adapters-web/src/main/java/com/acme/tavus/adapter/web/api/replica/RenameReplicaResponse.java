package com.acme.tavus.adapter.web.api.replica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Confirms a rename. Tavus documents no body for it; the wrapper always said which replica got which name. */
@Schema(name = "RenameReplicaResponse", description = "The replica that was renamed, with its new name.")
record RenameReplicaResponse(
        @JsonProperty("replica_id")
        @Schema(description = "The replica that was renamed.", example = "r79e1c033f",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String replicaId,

        @JsonProperty("replica_name")
        @Schema(description = "Its new name.", example = "Rio", requiredMode = Schema.RequiredMode.REQUIRED)
        String replicaName) {}
