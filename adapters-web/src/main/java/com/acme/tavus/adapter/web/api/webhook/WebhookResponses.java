package com.acme.tavus.adapter.web.api.webhook;

import com.acme.tavus.domain.webhook.WebhookDelivery;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The JSON answers of the webhook routes. Only {@link Registered} ever carries the secret, once. */
final class WebhookResponses {

    private WebhookResponses() {}

    /** A subscription as stored, without its secret. */
    @Schema(name = "Webhook")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Webhook(
            @JsonProperty("id") @Schema(example = "6f1c2a9e-3b7d-4f0a-9c55-0d2e8b1a7c44") String id,
            @JsonProperty("url") @Schema(example = "https://hooks.example.com/tavus") String url,
            @JsonProperty("description") @Schema(nullable = true, example = "CRM sync") String description,
            @JsonProperty("created_at") @Schema(example = "2026-03-01T10:00:00.123456Z") String createdAt,
            @JsonProperty("created_by") @Schema(example = "platform/ops") String createdBy) {

        static Webhook from(WebhookSubscription s) {
            return new Webhook(s.id().toString(), s.url().value(), s.description(), iso(s.createdAt()), s.createdBy());
        }
    }

    /** A new subscription: the stored fields plus the signing secret, which is never shown again. */
    @Schema(name = "RegisteredWebhook")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Registered(
            @JsonProperty("secret") @Schema(description = "The signing secret (Standard Webhooks form, whsec_ + "
                    + "base64 key) to verify webhook-signature with. Shown only in this answer: store it now.",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
            @JsonProperty("id") String id,
            @JsonProperty("url") String url,
            @JsonProperty("description") String description,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("created_by") String createdBy) {

        static Registered from(WebhookSubscription s) {
            return new Registered(s.secret().value(), s.id().toString(), s.url().value(), s.description(),
                    iso(s.createdAt()), s.createdBy());
        }

        /** Never the secret. */
        @Override
        public String toString() {
            return "Registered[id=" + id + ", url=" + url + "]";
        }
    }

    @Schema(name = "WebhookList")
    record WebhookList(@JsonProperty("data") List<Webhook> data) {}

    /** One event on its way to one subscription. */
    @Schema(name = "WebhookDelivery")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Delivery(
            @JsonProperty("id") String id,
            @JsonProperty("event_id") @Schema(description = "The webhook-id header: the same for every endpoint and "
                    + "every retry of this event.") String eventId,
            @JsonProperty("event_type") @Schema(example = "conversation.completed") String eventType,
            @JsonProperty("conversation_id") @Schema(example = "c123456") String conversationId,
            @JsonProperty("status") @Schema(allowableValues = {"pending", "delivered", "failed"}) String status,
            @JsonProperty("attempts") int attempts,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("next_attempt_at") @Schema(description = "Pending: when it is tried next.") String nextAttemptAt,
            @JsonProperty("delivered_at") @Schema(nullable = true) String deliveredAt,
            @JsonProperty("last_status") @Schema(nullable = true, description = "HTTP status of the last answer.")
            Integer lastStatus,
            @JsonProperty("last_error") @Schema(nullable = true, example = "HTTP 503") String lastError) {

        static Delivery from(WebhookDelivery d) {
            return new Delivery(d.id().toString(), d.eventId().toString(), d.eventType().value(), d.conversationId(),
                    d.status().value(), d.attempts(), iso(d.createdAt()), iso(d.nextAttemptAt()), iso(d.deliveredAt()),
                    d.lastStatus(), d.lastError());
        }
    }

    @Schema(name = "WebhookDeliveryList")
    record DeliveryList(@JsonProperty("data") List<Delivery> data) {}

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
