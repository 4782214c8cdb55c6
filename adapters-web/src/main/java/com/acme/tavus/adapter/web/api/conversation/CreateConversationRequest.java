package com.acme.tavus.adapter.web.api.conversation;

import com.acme.tavus.domain.conversation.ConversationRequest;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /tavus-api-calls/conversations/}: every field of Tavus's create-conversation
 * request, under Tavus's names. Bean Validation checks what can be checked without the domain
 * (ranges, URL shape); the domain checks ids and the replica-or-persona rule. Unknown fields are
 * collected in {@link #extraFields()} and forwarded, so a field Tavus adds later works at once.
 */
@Schema(name = "CreateConversationRequest",
        description = "What to create on Tavus. Name a replica, a persona (which may bring its default replica), "
                + "or both. Fields not listed here are forwarded to Tavus unchanged.")
record CreateConversationRequest(
        @JsonProperty("replica_id")
        @Schema(description = "The replica (AI likeness) that joins the call. Optional when the persona has a "
                + "default replica; wins over it when both are given.",
                example = "r79e1c033f", pattern = CreateConversationRequest.ID_PATTERN)
        String replicaId,

        @JsonProperty("persona_id")
        @Schema(description = "The persona (prompt, behaviour, layers) that drives the replica.",
                example = "p5317866", pattern = CreateConversationRequest.ID_PATTERN)
        String personaId,

        @JsonProperty("callback_url")
        @Schema(description = "URL that receives the conversation's webhooks.",
                example = "https://yourwebsite.com/webhook", maxLength = 2048)
        @Size(max = 2048)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String callbackUrl,

        @JsonProperty("conversation_name")
        @Schema(description = "A name for the conversation.", example = "A Meeting with Hassaan")
        @Size(max = ConversationRequest.MAX_NAME_LENGTH)
        String conversationName,

        @JsonProperty("conversational_context")
        @Schema(description = "Context added to the persona's own for this conversation.",
                example = "You are about to talk to Hassaan, one of the cofounders of Tavus.")
        String conversationalContext,

        @JsonProperty("custom_greeting")
        @Schema(description = "What the replica says first when a participant joins.",
                example = "Hey there Hassaan, long time no see!")
        String customGreeting,

        @JsonProperty("document_ids")
        @Schema(description = "Knowledge-base documents available in this conversation.",
                example = "[\"d1234567890\"]")
        List<@NotBlank String> documentIds,

        @JsonProperty("document_retrieval_strategy")
        @Schema(description = "How documents are searched: speed, quality or balanced (Tavus default).",
                example = "balanced")
        DocumentRetrievalStrategy documentRetrievalStrategy,

        @JsonProperty("document_tags")
        @Schema(description = "Documents with these tags become available in this conversation.",
                example = "[\"onboarding\"]")
        List<@NotBlank String> documentTags,

        @JsonProperty("memory_stores")
        @Schema(description = "Memory stores the persona reads and writes during the call.", example = "[\"anna\"]")
        List<@NotBlank String> memoryStores,

        @JsonProperty("test_mode")
        @Schema(description = "Create the room without the replica joining: no cost, and the conversation "
                + "starts ended.", example = "false")
        Boolean testMode,

        @JsonProperty("require_auth")
        @Schema(description = "Make the room private; the answer then carries a meeting_token.", example = "false")
        Boolean requireAuth,

        @JsonProperty("max_participants")
        @Schema(description = "Most participants allowed in the room, the replica included.",
                example = "2", minimum = "2")
        @Min(2)
        Integer maxParticipants,

        @JsonProperty("audio_only")
        @Schema(description = "Voice-only conversation, without video.", example = "false")
        Boolean audioOnly,

        @JsonProperty("properties")
        @Schema(description = "Call limits and room features.")
        @Valid
        CallPropertiesRequest properties,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {

    /** The characters a Tavus id may contain on this platform (checked by the domain). */
    static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
}
