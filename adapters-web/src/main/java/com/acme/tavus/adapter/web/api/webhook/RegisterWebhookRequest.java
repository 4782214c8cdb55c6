package com.acme.tavus.adapter.web.api.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** What to register. Checked by the use case, so every rule lives in one place. */
@Schema(name = "RegisterWebhookRequest")
record RegisterWebhookRequest(
        @JsonProperty("url")
        @Schema(description = "Where events are POSTed: an absolute https URL (http only to localhost, or when the "
                + "deployment allows it), no user info, no fragment, at most 2048 characters.",
                example = "https://hooks.example.com/tavus", requiredMode = Schema.RequiredMode.REQUIRED)
        String url,
        @JsonProperty("description")
        @Schema(description = "What the endpoint is, for people: at most 200 characters.", example = "CRM sync")
        String description) {}
