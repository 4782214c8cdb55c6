package com.acme.tavus.adapter.web.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A conversation as Tavus describes it, under Tavus's names and in the order of its examples.
 * Absent values are left out rather than sent as {@code null}. Fields Tavus returned that are not
 * modelled (the {@code events} of a verbose get, for one) are written at the top level, as Tavus
 * wrote them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"conversation_id", "conversation_name", "status", "conversation_url", "callback_url",
    "replica_id", "persona_id", "created_at", "updated_at", "meeting_token"})
@Schema(name = "Conversation",
        description = "A Tavus conversation. Fields Tavus adds (such as events, with verbose=true) are passed "
                + "through at the top level.")
record ConversationResponse(
        @JsonProperty("conversation_id")
        @Schema(description = "Tavus's id for the conversation.", example = "c123456",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String conversationId,

        @JsonProperty("conversation_name")
        @Schema(description = "The conversation's name.", example = "A Meeting with Hassaan")
        String conversationName,

        @JsonProperty("conversation_url")
        @Schema(description = "Where participants join the call.", example = "https://tavus.daily.co/c123456")
        String conversationUrl,

        @JsonProperty("status")
        @Schema(description = "active while the call runs, ended afterwards (test_mode conversations start "
                + "ended). Other values a newer Tavus sends are passed on unchanged.",
                example = "active", requiredMode = Schema.RequiredMode.REQUIRED)
        String status,

        @JsonProperty("callback_url")
        @Schema(description = "URL that receives the conversation's webhooks.",
                example = "https://yourwebsite.com/webhook")
        String callbackUrl,

        @JsonProperty("replica_id")
        @Schema(description = "The replica in the call.", example = "r79e1c033f")
        String replicaId,

        @JsonProperty("persona_id")
        @Schema(description = "The persona driving the replica.", example = "p5317866")
        String personaId,

        @JsonProperty("created_at")
        @Schema(description = "When Tavus created the conversation, exactly as Tavus wrote it.",
                example = "2024-12-19T10:30:00Z")
        String createdAt,

        @JsonProperty("updated_at")
        @Schema(description = "When Tavus last changed the conversation, exactly as Tavus wrote it.",
                example = "2024-12-19T10:45:00Z")
        String updatedAt,

        @JsonProperty("meeting_token")
        @Schema(description = "Short-lived token for a private room (require_auth=true); join with "
                + "conversation_url + \"?t=\" + meeting_token.", example = "eyJhbGciOi...")
        String meetingToken,

        @JsonAnyGetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
