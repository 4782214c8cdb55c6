package com.acme.tavus.adapter.web.api.objective;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of objectives sets in Tavus's list envelope. */
@Schema(name = "ObjectivesList", description = "One page of objectives sets.")
record ObjectivesListResponse(
        @JsonProperty("data")
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<ObjectivesResponse> data,

        @JsonProperty("total_count")
        @Schema(example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        long totalCount) {}
