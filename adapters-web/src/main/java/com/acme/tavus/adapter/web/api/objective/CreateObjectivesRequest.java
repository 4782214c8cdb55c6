package com.acme.tavus.adapter.web.api.objective;

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
 * Body of {@code POST /tavus-api-calls/objectives/}: a set of objectives, in the stored Tavus docs'
 * set-based model. Unknown fields, at both levels, are forwarded.
 */
@Schema(name = "CreateObjectivesRequest", description = "A set of objectives. Fields not listed here are "
        + "forwarded to Tavus unchanged.")
record CreateObjectivesRequest(
        @JsonProperty("data")
        @ArraySchema(arraySchema = @Schema(description = "The objectives; at least one.",
                requiredMode = Schema.RequiredMode.REQUIRED))
        @NotEmpty
        List<@NotNull @Valid Item> data,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {

    /** One objective. */
    @Schema(name = "ObjectiveRequest")
    record Item(
            @JsonProperty("objective_name")
            @Schema(description = "No spaces.", example = "ask_if_new_patient", pattern = "^\\S+$",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank
            @Pattern(regexp = "^\\S+$", message = "must not contain spaces")
            String objectiveName,

            @JsonProperty("objective_prompt")
            @Schema(description = "What the replica should achieve.",
                    example = "Ask the patient whether this is their first visit.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank
            String objectivePrompt,

            @JsonProperty("confirmation_mode")
            @Schema(description = "How completion is confirmed (default auto).",
                    allowableValues = {"auto", "manual"}, example = "auto")
            @Pattern(regexp = "auto|manual", message = "must be auto or manual")
            String confirmationMode,

            @JsonProperty("output_variables")
            @Schema(description = "What the replica collects.", example = "[\"patient_status\"]")
            List<@NotBlank String> outputVariables,

            @JsonProperty("modality")
            @Schema(description = "What the objective watches (default verbal).",
                    allowableValues = {"verbal", "visual"}, example = "verbal")
            @Pattern(regexp = "verbal|visual", message = "must be verbal or visual")
            String modality,

            @JsonProperty("next_conditional_objectives")
            @Schema(description = "Objective name → the condition under which it comes next.",
                    example = "{\"get_patient_name\": \"the patient is new\"}")
            Map<String, String> nextConditionalObjectives,

            @JsonProperty("next_required_objectives")
            @Schema(description = "Objectives that always come next.", example = "[\"get_patient_name\"]")
            List<@NotBlank String> nextRequiredObjectives,

            @JsonProperty("callback_url")
            @Schema(description = "Called when the objective completes.", example = "https://yourwebsite.com/webhook")
            @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            String callbackUrl,

            @JsonAnySetter
            @Schema(hidden = true)
            Map<String, Object> extraFields) {}
}
