package com.acme.tavus.domain.conversation;

import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;

/**
 * What to create on Tavus: every field of {@code POST /v2/conversations}. Either a replica or a
 * persona must be named (a persona may bring its default replica).
 */
public record ConversationRequest(
        ReplicaId replicaId,
        PersonaId personaId,
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
        CallProperties properties,
        Map<String, Object> extraFields) {

    /** The longest name the platform records ({@code tavus_conversations.conversation_name}). */
    public static final int MAX_NAME_LENGTH = 255;

    public ConversationRequest {
        if (replicaId == null && personaId == null) {
            throw new InvalidValueException("replica_id", "replica_id or persona_id is required");
        }
        if (conversationName != null && conversationName.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(
                    "conversation_name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (maxParticipants != null && maxParticipants < 2) {
            throw new InvalidValueException(
                    "max_participants", "must be at least 2 (the replica counts as one participant)");
        }
        documentIds = documentIds == null ? null : List.copyOf(documentIds);
        documentTags = documentTags == null ? null : List.copyOf(documentTags);
        memoryStores = memoryStores == null ? null : List.copyOf(memoryStores);
        properties = properties == null ? CallProperties.none() : properties;
        extraFields = ExtraFields.copyOf(extraFields);
    }

    /** A copy with another callback URL; the onboarding flow points callbacks at the platform. */
    public ConversationRequest withCallbackUrl(String newCallbackUrl) {
        return new ConversationRequest(replicaId, personaId, newCallbackUrl, conversationName,
                conversationalContext, customGreeting, documentIds, documentRetrievalStrategy, documentTags,
                memoryStores, testMode, requireAuth, maxParticipants, audioOnly, properties, extraFields);
    }
}
