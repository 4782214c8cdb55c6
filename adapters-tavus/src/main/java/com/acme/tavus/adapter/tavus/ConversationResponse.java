package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A conversation as Tavus sends it (create, get, list items). Whatever else Tavus adds, such as the
 * {@code events} of a verbose get or a top-level {@code shutdown_reason}/{@code transcript}, is
 * collected into {@code extraFields} and passed on rather than dropped.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ConversationResponse(
        String conversationId,
        String conversationName,
        String conversationUrl,
        String status,
        String callbackUrl,
        String replicaId,
        String personaId,
        String createdAt,
        String updatedAt,
        String meetingToken,
        @JsonAnySetter Map<String, Object> extraFields) {

    ConversationResponse {
        extraFields = ExtraJson.orEmpty(extraFields);
    }

    /** A copy with {@code fallback} as status when Tavus left the status out. */
    ConversationResponse withStatusIfMissing(String fallback) {
        if (status != null && !status.isBlank()) {
            return this;
        }
        return new ConversationResponse(conversationId, conversationName, conversationUrl, fallback, callbackUrl,
                replicaId, personaId, createdAt, updatedAt, meetingToken, extraFields);
    }
}
