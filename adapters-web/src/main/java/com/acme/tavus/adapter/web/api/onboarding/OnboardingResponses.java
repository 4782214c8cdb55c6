package com.acme.tavus.adapter.web.api.onboarding;

import com.acme.tavus.application.onboarding.port.in.OnboardingQueries.ConversationStatusView;
import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase.OnboardingConversation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The JSON answers of the onboarding routes, exactly in seed 000's shape. */
final class OnboardingResponses {

    private OnboardingResponses() {}

    @Schema(name = "OnboardingConversation")
    record Created(
            @JsonProperty("conversation_id") @Schema(example = "c123456") String conversationId,
            @JsonProperty("conversation_url") @Schema(example = "https://tavus.daily.co/c123456") String conversationUrl,
            @JsonProperty("status") @Schema(example = "created") String status) {

        static Created from(OnboardingConversation started) {
            return new Created(started.conversationId().value(), started.conversationUrl(), started.status());
        }
    }

    /** {@code completed_at} is always present, {@code null} until the call is over (as in the seed). */
    @Schema(name = "OnboardingConversationStatus")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Status(
            @JsonProperty("conversation_id") @Schema(example = "c123456") String conversationId,
            @JsonProperty("status") @Schema(example = "completed",
                    allowableValues = {"created", "active", "completed", "deleted"}) String status,
            @JsonProperty("is_completed") @Schema(example = "true") boolean isCompleted,
            @JsonProperty("created_at") @Schema(example = "2023-01-01T12:00:00Z") String createdAt,
            @JsonProperty("completed_at") @Schema(example = "2023-01-01T12:30:00Z", nullable = true) String completedAt) {

        static Status from(ConversationStatusView view) {
            return new Status(view.conversationId(), view.status(), view.isCompleted(), iso(view.createdAt()),
                    iso(view.completedAt()));
        }
    }

    /** The data of one {@code status} Server-Sent Event. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StatusEvent(
            @JsonProperty("conversation_id") String conversationId,
            @JsonProperty("status") String status,
            @JsonProperty("is_completed") boolean isCompleted,
            @JsonProperty("completed_at") String completedAt,
            @JsonProperty("has_transcript") boolean hasTranscript) {

        static StatusEvent from(ConversationStatusView view) {
            return new StatusEvent(view.conversationId(), view.status(), view.isCompleted(), iso(view.completedAt()),
                    view.hasTranscript());
        }
    }

    /** Acknowledges a callback to Tavus. */
    record CallbackAck(@JsonProperty("status") String status, @JsonProperty("outcome") String outcome) {}

    /** ISO-8601 in UTC to the second ({@code 2023-01-01T12:00:00Z}), as the seed writes it. */
    static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
