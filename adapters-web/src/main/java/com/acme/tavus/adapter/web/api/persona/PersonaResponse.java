package com.acme.tavus.adapter.web.api.persona;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A persona as the platform answers it: Tavus's fields under Tavus's names, nulls left out, and
 * whatever else Tavus sent written at the top level. Note that Tavus echoes layer API keys back.
 */
@Schema(name = "Persona", description = "A persona as Tavus reports it. The create answer documents only "
        + "persona_id, persona_name and created_at; other fields appear as Tavus sends them.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonaResponse(
        @JsonProperty("persona_id")
        @Schema(example = "p5317866", requiredMode = Schema.RequiredMode.REQUIRED)
        String personaId,

        @JsonProperty("persona_name")
        @Schema(example = "Life Coach")
        String personaName,

        @JsonProperty("persona_type")
        @Schema(description = "user (yours) or system (Tavus stock personas).", example = "user")
        String personaType,

        @JsonProperty("pipeline_mode")
        @Schema(example = "full")
        String pipelineMode,

        @JsonProperty("system_prompt")
        String systemPrompt,

        @JsonProperty("context")
        String context,

        @JsonProperty("default_replica_id")
        @Schema(example = "r79e1c033f")
        String defaultReplicaId,

        @JsonProperty("document_ids")
        List<String> documentIds,

        @JsonProperty("document_tags")
        List<String> documentTags,

        @JsonProperty("layers")
        @Schema(implementation = PersonaLayersRequest.class)
        Map<String, Object> layers,

        @JsonProperty("created_at")
        @Schema(description = "Exactly as Tavus wrote it.", example = "2025-05-13T06:42:58.291561Z")
        String createdAt,

        @JsonProperty("updated_at")
        @Schema(description = "Exactly as Tavus wrote it.", example = "2025-05-13T06:42:58.291561Z")
        String updatedAt,

        @JsonAnyGetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
