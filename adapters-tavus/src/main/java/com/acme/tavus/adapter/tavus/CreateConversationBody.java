package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /v2/conversations}. Null fields are left out (Tavus then applies its
 * defaults); fields the platform does not model are written at the top level so a client's newer
 * Tavus field passes through unchanged.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreateConversationBody(
        String replicaId,
        String personaId,
        String callbackUrl,
        String conversationName,
        String conversationalContext,
        String customGreeting,
        List<String> documentIds,
        String documentRetrievalStrategy,
        List<String> documentTags,
        List<String> memoryStores,
        Boolean testMode,
        Boolean requireAuth,
        Integer maxParticipants,
        Boolean audioOnly,
        CallPropertiesBody properties,
        @JsonAnyGetter Map<String, Object> extraFields) {

    static final Set<String> KNOWN = Set.of("replica_id", "persona_id", "callback_url", "conversation_name",
            "conversational_context", "custom_greeting", "document_ids", "document_retrieval_strategy",
            "document_tags", "memory_stores", "test_mode", "require_auth", "max_participants", "audio_only",
            "properties");

    CreateConversationBody {
        properties = properties == null || properties.isEmpty() ? null : properties;
        extraFields = ExtraJson.withoutKnown(extraFields, KNOWN);
    }
}
