package com.acme.tavus.adapter.web.api.guardrail;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /tavus-api-calls/guardrails/}: a named set of guardrails, in the stored Tavus
 * docs' set-based model. Unknown fields, at both levels, are forwarded.
 */
@Schema(name = "CreateGuardrailsRequest", description = "A named set of guardrails. Fields not listed here are "
        + "forwarded to Tavus unchanged.")
record CreateGuardrailsRequest(
        @JsonProperty("name")
        @Schema(description = "A name for the set.", example = "Healthcare compliance")
        String name,

        @JsonProperty("data")
        @ArraySchema(arraySchema = @Schema(description = "The guardrails; at least one.",
                requiredMode = Schema.RequiredMode.REQUIRED))
        @NotEmpty
        List<@NotNull @Valid Item> data,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {

    /** One guardrail. */
    @Schema(name = "GuardrailRequest")
    record Item(
            @JsonProperty("guardrail_name")
            @Schema(description = "Letters, digits and underscores.", example = "healthcare_compliance_guardrail",
                    pattern = "^[A-Za-z0-9_]+$", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank
            @Pattern(regexp = "^[A-Za-z0-9_]+$", message = "may contain only letters, digits and underscores")
            String guardrailName,

            @JsonProperty("guardrail_prompt")
            @Schema(description = "What the replica must not do.",
                    example = "Never give a diagnosis or recommend medication.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank
            String guardrailPrompt,

            @JsonProperty("modality")
            @Schema(description = "What the guardrail watches (default verbal).",
                    allowableValues = {"verbal", "visual"}, example = "verbal")
            @Pattern(regexp = "verbal|visual", message = "must be verbal or visual")
            String modality,

            @JsonProperty("callback_url")
            @Schema(description = "Called when the guardrail is triggered.", example = "https://yourwebsite.com/webhook")
            @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            String callbackUrl,

            @JsonAnySetter
            @Schema(hidden = true)
            Map<String, Object> extraFields) {}
}
