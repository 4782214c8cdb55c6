package com.acme.tavus.adapter.web.api.replica;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of replicas in Tavus's list envelope. */
@Schema(name = "ReplicaList", description = "One page of replicas.")
record ReplicaListResponse(
        @JsonProperty("data")
        @ArraySchema(arraySchema = @Schema(description = "The replicas on this page.",
                requiredMode = Schema.RequiredMode.REQUIRED))
        List<ReplicaResponse> data,

        @JsonProperty("total_count")
        @Schema(description = "How many replicas match the filter across all pages.", example = "2",
                requiredMode = Schema.RequiredMode.REQUIRED)
        long totalCount) {}
