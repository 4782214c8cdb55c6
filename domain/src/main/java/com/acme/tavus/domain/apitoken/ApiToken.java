package com.acme.tavus.domain.apitoken;

import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A token a team holds, as the platform keeps it: who it belongs to, what it may do, when it stops
 * working, and only the {@link TokenHash hash} of the secret (the secret itself is shown once, at
 * issue, and never stored).
 *
 * <p>Lifecycle: active from issue until {@code expiresAt} or revocation, whichever comes first; both
 * are final. Revoking twice keeps the first revocation. Tokens are never deleted, so every change
 * they made stays attributable.
 *
 * @param name what the token is for within its team ({@code ci}, {@code ops}); names need not be
 *     unique, so a replacement can share its predecessor's name while both are in use
 * @param team the team that owns the token; with the name it is the actor that records show,
 *     {@code team/name}
 * @param hint the non-secret start of the token ({@code tvp_} + 6 characters), so people can tell
 *     tokens apart
 * @param lastUsedAt when it last authenticated a request, to within the platform's flush interval;
 *     null if never
 */
public record ApiToken(
        ApiTokenId id,
        String name,
        String team,
        Set<Scope> scopes,
        TokenHash hash,
        String hint,
        Instant createdAt,
        Actor createdBy,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        Actor revokedBy) {

    /** Letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit, 1 to 63 long. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    public ApiToken {
        Objects.requireNonNull(id, "id");
        requireLabel("name", name);
        requireLabel("team", team);
        scopes = requireScopes(scopes);
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token must expire after it was created");
        }
        if ((revokedAt == null) != (revokedBy == null)) {
            throw new IllegalArgumentException("revokedAt and revokedBy go together");
        }
    }

    /** {@code value} if it is a valid token name or team; otherwise an {@link InvalidValueException} on {@code field}. */
    public static String requireLabel(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        if (!LABEL.matcher(value).matches()) {
            throw new InvalidValueException(field,
                    "must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }

    /** A non-empty, immutable copy; an {@link InvalidValueException} on {@code scopes} otherwise. */
    public static Set<Scope> requireScopes(Set<Scope> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidValueException("scopes", "at least one of " + Scope.allValues() + " is required");
        }
        return Set.copyOf(EnumSet.copyOf(scopes));
    }

    public TokenStatus status(Instant now) {
        if (revokedAt != null) {
            return TokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
    }

    public boolean isActiveAt(Instant now) {
        return status(now) == TokenStatus.ACTIVE;
    }

    /** Who records and logs say acted: {@code team/name}. */
    public Actor actor() {
        return new Actor(team + "/" + name);
    }

    /** The authenticated client this token stands for. */
    public Caller caller() {
        return new Caller(actor(), scopes);
    }

    /** This token revoked at {@code at} by {@code by}; an already revoked token is returned unchanged. */
    public ApiToken revoked(Instant at, Actor by) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (revokedAt != null) {
            return this;
        }
        return new ApiToken(id, name, team, scopes, hash, hint, createdAt, createdBy, expiresAt, lastUsedAt, at, by);
    }

    /** This token with a later last use; an earlier {@code at} changes nothing. */
    public ApiToken usedAt(Instant at) {
        if (lastUsedAt != null && !at.isAfter(lastUsedAt)) {
            return this;
        }
        return new ApiToken(id, name, team, scopes, hash, hint, createdAt, createdBy, expiresAt, at, revokedAt,
                revokedBy);
    }
}
