package com.acme.tavus.adapter.web.api.persona;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /tavus-api-calls/personas/}: every field of Tavus's create-persona request,
 * under Tavus's names. Bean Validation checks shapes and documented enums; the domain checks the
 * system-prompt rule and ids. Unknown fields are forwarded (newer Tavus fields such as
 * {@code guardrail_ids} work at once).
 */
@Schema(name = "CreatePersonaRequest", description = "What to create on Tavus. system_prompt is required unless "
        + "pipeline_mode is echo. Fields not listed here are forwarded to Tavus unchanged.")
record CreatePersonaRequest(
        @JsonProperty("persona_name")
        @Schema(description = "A name for the persona.", example = "DRAKO")
        String personaName,

        @JsonProperty("system_prompt")
        @Schema(description = "What the persona is told; required when pipeline_mode is full (the default).",
                example = "You are DRAKO, a friendly and efficient voice AI scheduling assistant.")
        String systemPrompt,

        @JsonProperty("context")
        @Schema(description = "Background knowledge for every conversation.",
                example = "You help users manage their daily schedule through conversation.")
        String context,

        @JsonProperty("pipeline_mode")
        @Schema(description = "full (default): Tavus runs the whole pipeline. echo: the replica only "
                + "lip-syncs audio or text you push in.", allowableValues = {"full", "echo"}, example = "full")
        @Pattern(regexp = "full|echo", message = "must be full or echo")
        String pipelineMode,

        @JsonProperty("default_replica_id")
        @Schema(description = "The replica conversations get when they name none.", example = "re8e740a42",
                pattern = PersonaController.ID_PATTERN)
        String defaultReplicaId,

        @JsonProperty("document_ids")
        @Schema(description = "Knowledge-base documents the persona may use.", example = "[\"d1234567890\"]")
        List<@NotBlank String> documentIds,

        @JsonProperty("document_tags")
        @Schema(description = "Documents with these tags are available to the persona.", example = "[\"faq\"]")
        List<@NotBlank String> documentTags,

        @JsonProperty("layers")
        @Valid
        PersonaLayersRequest layers,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
