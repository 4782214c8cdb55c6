package com.acme.tavus.adapter.web.api.onboarding;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The create-conversation body of seed 000. Fields are checked by the domain ({@code Applicant}), so
 * the messages name them exactly as here ({@code email: must be a valid email address}).
 */
@Schema(name = "OnboardingRequest", description = "The person to onboard.")
record OnboardingRequest(
        @JsonProperty("email")
        @Schema(description = "The person's email; one user per address, regardless of case.",
                example = "user@example.com", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 320)
        String email,

        @JsonProperty("first_name")
        @Schema(description = "Used by the replica to greet the person.", example = "John",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 150)
        String firstName,

        @JsonProperty("last_name")
        @Schema(example = "Doe", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 150)
        String lastName,

        @JsonProperty("conversation_name")
        @Schema(description = "Optional; defaults to \"Onboarding call with <first> <last>\".",
                example = "Onboarding Call")
        String conversationName) {}
