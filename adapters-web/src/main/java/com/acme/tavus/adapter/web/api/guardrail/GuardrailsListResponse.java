package com.acme.tavus.adapter.web.api.guardrail;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of guardrails sets in Tavus's list envelope. */
@Schema(name = "GuardrailsList", description = "One page of guardrails sets.")
record GuardrailsListResponse(
        @JsonProperty("data")
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<GuardrailsResponse> data,

        @JsonProperty("total_count")
        @Schema(example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        long totalCount) {}
