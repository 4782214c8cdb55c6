package com.acme.tavus.adapter.web.api.conversation;

import com.acme.tavus.domain.conversation.CallProperties;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;

/**
 * Translates the wire records to and from the domain. Ids go through the value-object constructors,
 * so a malformed id fails here with an {@code InvalidValueException} naming the JSON field, which
 * the error handling answers with 400. Generated as a Spring bean; unmapped target fields fail the
 * build, so a field added to either side cannot be forgotten silently.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
interface ConversationWebMapper {

    /** The JSON names {@link ConversationResponse} already writes; an extra field must not repeat one. */
    Set<String> MODELLED_RESPONSE_FIELDS = Set.of("conversation_id", "conversation_name", "status",
            "conversation_url", "callback_url", "replica_id", "persona_id", "created_at", "updated_at",
            "meeting_token");

    /** {@code withCallbackUrl} is a copy method of the domain record that MapStruct mistakes for a setter. */
    @Mapping(target = "withCallbackUrl", ignore = true)
    ConversationRequest toDomain(CreateConversationRequest request);

    CallProperties toDomain(CallPropertiesRequest properties);

    @Mapping(target = "conversationId", source = "id")
    @Mapping(target = "conversationName", source = "name")
    @Mapping(target = "conversationUrl", source = "url")
    @Mapping(target = "extraFields", source = "extraFields", qualifiedByName = "unmodelledFields")
    ConversationResponse toResponse(Conversation conversation);

    default ConversationListResponse toResponse(Page<Conversation> page) {
        return new ConversationListResponse(page.data().stream().map(this::toResponse).toList(), page.totalCount());
    }

    default ReplicaId replicaId(String value) {
        return value == null ? null : new ReplicaId(value);
    }

    default PersonaId personaId(String value) {
        return value == null ? null : new PersonaId(value);
    }

    default ConversationId conversationId(String value) {
        return value == null ? null : new ConversationId(value);
    }

    default String strategy(DocumentRetrievalStrategy strategy) {
        return strategy == null ? null : strategy.wireValue();
    }

    default String value(ReplicaId id) {
        return id == null ? null : id.value();
    }

    default String value(PersonaId id) {
        return id == null ? null : id.value();
    }

    default String value(ConversationId id) {
        return id == null ? null : id.value();
    }

    default String value(ConversationStatus status) {
        return status == null ? null : status.value();
    }

    @Named("unmodelledFields")
    default Map<String, Object> unmodelledFields(Map<String, Object> extraFields) {
        if (extraFields == null || extraFields.isEmpty()) {
            return Map.of();
        }
        var kept = new LinkedHashMap<String, Object>();
        extraFields.forEach((key, value) -> {
            if (!MODELLED_RESPONSE_FIELDS.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
