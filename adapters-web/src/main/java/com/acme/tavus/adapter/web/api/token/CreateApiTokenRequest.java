package com.acme.tavus.adapter.web.api.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What to issue. Checked by the use case's command, so every rule lives in one place. */
@Schema(name = "CreateApiTokenRequest")
record CreateApiTokenRequest(
        @JsonProperty("name")
        @Schema(description = "What the token is for within its team: 1-63 letters, digits, '.', '_' or '-'.",
                example = "ci", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @JsonProperty("team")
        @Schema(description = "The team that owns the token, same characters as name. Records show the token as "
                + "team/name.", example = "payments", requiredMode = Schema.RequiredMode.REQUIRED)
        String team,
        @JsonProperty("scopes")
        @ArraySchema(arraySchema = @Schema(description = "What the token may do: read (GET routes), write "
                + "(POST, PATCH, DELETE), admin (token management, actuator). At least one.",
                requiredMode = Schema.RequiredMode.REQUIRED),
                schema = @Schema(allowableValues = {"read", "write", "admin"}))
        List<String> scopes,
        @JsonProperty("expires_at")
        @Schema(description = "When the token stops working: an ISO-8601 date-time with offset, in the future, at "
                + "most 365 days ahead. Give this or expires_in_days, not both.", example = "2026-12-31T23:59:59Z")
        String expiresAt,
        @JsonProperty("expires_in_days")
        @Schema(description = "Lifetime in days, 1 to 365. Default when neither expiry is given: 90.",
                example = "90")
        Integer expiresInDays) {}
