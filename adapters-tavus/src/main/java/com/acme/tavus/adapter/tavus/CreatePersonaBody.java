package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /v2/personas}. Null fields are left out so Tavus applies its defaults;
 * unmodelled fields are written at the top level so a newer Tavus field passes through.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreatePersonaBody(
        String personaName,
        String systemPrompt,
        String context,
        String pipelineMode,
        String defaultReplicaId,
        List<String> documentIds,
        List<String> documentTags,
        Map<String, Object> layers,
        @JsonAnyGetter Map<String, Object> extraFields) {

    static final Set<String> KNOWN = Set.of("persona_name", "system_prompt", "context", "pipeline_mode",
            "default_replica_id", "document_ids", "document_tags", "layers");

    CreatePersonaBody {
        layers = layers == null || layers.isEmpty() ? null : layers;
        extraFields = ExtraJson.withoutKnown(extraFields, KNOWN);
    }
}
