package com.acme.tavus.adapter.web.api.guardrail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** A guardrails set as Tavus reports it; nulls left out, unmodelled fields written at the top level. */
@Schema(name = "Guardrails", description = "A guardrails set as Tavus reports it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record GuardrailsResponse(
        @JsonProperty("guardrails_id")
        @Schema(example = "g12345", requiredMode = Schema.RequiredMode.REQUIRED)
        String guardrailsId,

        @JsonProperty("guardrails_name")
        @Schema(example = "Healthcare compliance")
        String guardrailsName,

        @JsonProperty("status")
        @Schema(example = "active")
        String status,

        @JsonProperty("data")
        @Schema(description = "The guardrails, as Tavus returns them.")
        List<Map<String, Object>> data,

        @JsonProperty("created_at")
        @Schema(example = "2025-05-13T06:42:58.291561Z")
        String createdAt,

        @JsonProperty("updated_at")
        @Schema(example = "2025-05-13T06:42:58.291561Z")
        String updatedAt,

        @JsonAnyGetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
