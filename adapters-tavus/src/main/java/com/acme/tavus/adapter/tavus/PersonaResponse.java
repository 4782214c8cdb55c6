package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A persona as Tavus sends it (create, get, list items, and a patch answer when there is one). The
 * create answer documents only id, name and creation time, so every other field may be missing;
 * anything Tavus adds is collected into {@code extraFields} and passed on.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PersonaResponse(
        String personaId,
        String personaName,
        String systemPrompt,
        String context,
        String pipelineMode,
        String defaultReplicaId,
        List<String> documentIds,
        List<String> documentTags,
        Map<String, Object> layers,
        String personaType,
        String createdAt,
        String updatedAt,
        @JsonAnySetter Map<String, Object> extraFields) {

    PersonaResponse {
        extraFields = ExtraJson.orEmpty(extraFields);
    }
}
