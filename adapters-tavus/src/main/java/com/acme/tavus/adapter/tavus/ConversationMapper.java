package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.conversation.CallProperties;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationRequest;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Domain ↔ wire for conversations. Generated; unmapped targets fail the build. */
@Mapper(uses = TavusValueMappings.class)
interface ConversationMapper {

    ConversationMapper INSTANCE = Mappers.getMapper(ConversationMapper.class);

    CreateConversationBody toBody(ConversationRequest request);

    CallPropertiesBody toBody(CallProperties properties);

    @Mapping(target = "id", source = "conversationId")
    @Mapping(target = "name", source = "conversationName")
    @Mapping(target = "url", source = "conversationUrl")
    Conversation toDomain(ConversationResponse response);
}
