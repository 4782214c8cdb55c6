package com.acme.tavus.domain.conversation;

import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.ExtraFields;
import java.util.Map;
import java.util.Objects;

/**
 * A Tavus conversation as the provider describes it: a live video room where a replica, driven by a
 * persona, talks with participants. Timestamps are kept as Tavus wrote them, because Tavus mixes
 * formats and clients of the proxy expect its exact strings back.
 *
 * @param meetingToken only present for private rooms ({@code require_auth})
 * @param extraFields everything else Tavus returned, such as the {@code events} of a verbose get
 */
public record Conversation(
        ConversationId id,
        String name,
        String url,
        ConversationStatus status,
        String callbackUrl,
        ReplicaId replicaId,
        PersonaId personaId,
        String createdAt,
        String updatedAt,
        String meetingToken,
        Map<String, Object> extraFields) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
