package com.acme.tavus.adapter.web.api.persona;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of personas in Tavus's list envelope. */
@Schema(name = "PersonaList", description = "One page of personas.")
record PersonaListResponse(
        @JsonProperty("data")
        @ArraySchema(arraySchema = @Schema(description = "The personas on this page.",
                requiredMode = Schema.RequiredMode.REQUIRED))
        List<PersonaResponse> data,

        @JsonProperty("total_count")
        @Schema(description = "How many personas match across all pages.", example = "2",
                requiredMode = Schema.RequiredMode.REQUIRED)
        long totalCount) {}
