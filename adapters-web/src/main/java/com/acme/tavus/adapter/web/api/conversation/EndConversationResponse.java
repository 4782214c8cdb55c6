package com.acme.tavus.adapter.web.api.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Confirms that a conversation is over. Tavus itself answers with no body; the wrapper always said which call ended. */
@Schema(name = "EndConversationResponse", description = "The conversation that was ended.")
record EndConversationResponse(
        @JsonProperty("conversation_id")
        @Schema(description = "The conversation that was ended.", example = "c123456",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String conversationId,

        @JsonProperty("status")
        @Schema(description = "Always ended.", example = "ended", allowableValues = "ended",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String status) {

    static EndConversationResponse ended(String conversationId) {
        return new EndConversationResponse(conversationId, "ended");
    }
}
