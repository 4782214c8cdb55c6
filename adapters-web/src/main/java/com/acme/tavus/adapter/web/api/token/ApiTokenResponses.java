package com.acme.tavus.adapter.web.api.token;

import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries.ApiTokenView;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssuedApiToken;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON answers of the token routes. Only {@link Issued} ever carries a secret, once. */
final class ApiTokenResponses {

    private ApiTokenResponses() {}

    /** A token as stored: never the secret, never the hash. Absent times are {@code null}. */
    @Schema(name = "ApiToken")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Token(
            @JsonProperty("id") @Schema(example = "0b9f3c52-9a0e-4a51-b1f4-3f6a2c1d7e88") String id,
            @JsonProperty("name") @Schema(example = "ci") String name,
            @JsonProperty("team") @Schema(example = "payments") String team,
            @JsonProperty("scopes") @Schema(example = "[\"read\", \"write\"]") List<String> scopes,
            @JsonProperty("status") @Schema(allowableValues = {"active", "expired", "revoked"}, example = "active")
            String status,
            @JsonProperty("token_hint") @Schema(description = "The token's non-secret start, to tell tokens apart.",
                    example = "tvp_3kZ0Qa") String tokenHint,
            @JsonProperty("created_at") @Schema(example = "2026-03-01T10:00:00.123Z") String createdAt,
            @JsonProperty("created_by") @Schema(example = "platform/ops") String createdBy,
            @JsonProperty("expires_at") @Schema(example = "2026-05-30T10:00:00.123Z") String expiresAt,
            @JsonProperty("last_used_at") @Schema(nullable = true, description = "Latest successful use, to within "
                    + "about a minute; null if never used.") String lastUsedAt,
            @JsonProperty("revoked_at") @Schema(nullable = true) String revokedAt,
            @JsonProperty("revoked_by") @Schema(nullable = true) String revokedBy) {

        static Token from(ApiTokenView view) {
            var t = view.token();
            return new Token(t.id().toString(), t.name(), t.team(), scopeValues(t), view.status().value(), t.hint(),
                    iso(t.createdAt()), actor(t.createdBy()), iso(t.expiresAt()), iso(t.lastUsedAt()),
                    iso(t.revokedAt()), actor(t.revokedBy()));
        }
    }

    /** A newly issued token: the stored fields plus the secret, which is never shown again. */
    @Schema(name = "IssuedApiToken")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Issued(
            @JsonProperty("token") @Schema(description = "The secret to send as X-API-TOKEN. Shown only in this "
                    + "answer: store it now. The platform keeps only its SHA-256.",
                    example = "tvp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") String token,
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("team") String team,
            @JsonProperty("scopes") List<String> scopes,
            @JsonProperty("status") String status,
            @JsonProperty("token_hint") String tokenHint,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("created_by") String createdBy,
            @JsonProperty("expires_at") String expiresAt) {

        static Issued from(IssuedApiToken issued) {
            var t = issued.view().token();
            return new Issued(issued.secret(), t.id().toString(), t.name(), t.team(), scopeValues(t),
                    issued.view().status().value(), t.hint(), iso(t.createdAt()), actor(t.createdBy()),
                    iso(t.expiresAt()));
        }

        @Override
        public String toString() {
            return "Issued[id=" + id + ", token=<redacted>]";
        }
    }

    @Schema(name = "ApiTokenList")
    record TokenList(@JsonProperty("data") List<Token> data) {}

    private static List<String> scopeValues(ApiToken token) {
        return token.scopes().stream().sorted().map(Scope::value).toList();
    }

    private static String actor(Actor actor) {
        return actor == null ? null : actor.name();
    }

    /** ISO-8601 in UTC, to the millisecond the platform keeps. */
    private static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
