package com.acme.tavus.adapter.web.api.persona;

import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.persona.PipelineMode;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.ResourceIds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translates persona wire records to and from the domain. The typed layers are turned back into a
 * JSON map by Jackson itself, so a layer member the records forward ({@code @JsonAnyGetter}) comes
 * out exactly as it came in. Ids go through the value-object constructors, so a malformed id fails
 * with an {@code InvalidValueException} naming the JSON field (400).
 */
@Component
class PersonaWebMapper {

    /** The JSON names {@link PersonaResponse} already writes; an extra field must not repeat one. */
    private static final Set<String> MODELLED_RESPONSE_FIELDS = Set.of("persona_id", "persona_name",
            "persona_type", "pipeline_mode", "system_prompt", "context", "default_replica_id", "document_ids",
            "document_tags", "layers", "created_at", "updated_at");
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final JsonMapper json;

    PersonaWebMapper(JsonMapper json) {
        this.json = json;
    }

    PersonaDraft toDomain(CreatePersonaRequest request) {
        return new PersonaDraft(
                request.personaName(),
                request.systemPrompt(),
                request.context(),
                request.pipelineMode() == null ? null : PipelineMode.of(request.pipelineMode()),
                request.defaultReplicaId() == null ? null
                        : new ReplicaId(ResourceIds.requireSafe(request.defaultReplicaId(), "default_replica_id")),
                request.documentIds(),
                request.documentTags(),
                request.layers() == null ? Map.of() : json.convertValue(request.layers(), JSON_OBJECT),
                request.extraFields());
    }

    PersonaId personaId(String value) {
        return new PersonaId(value);
    }

    PersonaResponse toResponse(Persona persona) {
        var extra = new LinkedHashMap<String, Object>();
        persona.extraFields().forEach((key, value) -> {
            if (!MODELLED_RESPONSE_FIELDS.contains(key)) {
                extra.put(key, value);
            }
        });
        return new PersonaResponse(persona.id().value(), persona.name(), persona.personaType(),
                persona.pipelineMode(), persona.systemPrompt(), persona.context(), persona.defaultReplicaId(),
                persona.documentIds(), persona.documentTags(), persona.layers().isEmpty() ? null : persona.layers(),
                persona.createdAt(), persona.updatedAt(), extra);
    }

    PersonaListResponse toResponse(Page<Persona> page) {
        return new PersonaListResponse(page.data().stream().map(this::toResponse).toList(), page.totalCount());
    }
}
