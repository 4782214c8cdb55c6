package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;

/**
 * Conversions between the domain's value objects and the plain strings on the wire, used by every
 * MapStruct mapper in this package ({@code uses = TavusValueMappings.class}).
 */
class TavusValueMappings {

    String fromReplicaId(ReplicaId id) {
        return id == null ? null : id.value();
    }

    ReplicaId toReplicaId(String value) {
        return value == null || value.isBlank() ? null : ReplicaId.of(value);
    }

    String fromPersonaId(PersonaId id) {
        return id == null ? null : id.value();
    }

    PersonaId toPersonaId(String value) {
        return value == null || value.isBlank() ? null : PersonaId.of(value);
    }

    String fromConversationId(ConversationId id) {
        return id == null ? null : id.value();
    }

    ConversationId toConversationId(String value) {
        return value == null ? null : ConversationId.of(value);
    }

    ConversationStatus toConversationStatus(String value) {
        return value == null ? null : ConversationStatus.of(value);
    }
}
