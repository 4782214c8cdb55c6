package com.acme.tavus.adapter.web.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of every error answer, the format of the Django wrapper this platform replaces. Public
 * because controllers in other packages reference it in their OpenAPI annotations.
 */
@Schema(name = "ErrorResponse", description = "What went wrong, in words meant for the API client.")
public record ErrorResponse(
        @JsonProperty("error")
        @Schema(description = "A description of the problem; for invalid input it starts with the JSON field name.",
                example = "properties.max_call_duration: must be greater than or equal to 1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String error) {}
