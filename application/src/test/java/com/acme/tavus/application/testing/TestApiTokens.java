package com.acme.tavus.application.testing;

import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Database tokens for tests, with the secret they were made from (which no store ever holds). */
public final class TestApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestApiTokens() {}

    /** A stored token and the secret a client would present for it. */
    public record WithSecret(ApiToken token, String secret) {}

    /** A new, never used, unrevoked token of {@code team/name} with a fresh id and secret, issued by {@code cli}. */
    public static WithSecret aToken(String team, String name, Set<Scope> scopes, Instant createdAt, Instant expiresAt) {
        var secret = TokenFormat.generate(RANDOM);
        return new WithSecret(new ApiToken(new ApiTokenId(UUID.randomUUID()), name, team, scopes, TokenHash.of(secret),
                TokenFormat.hint(secret), createdAt, new Actor("cli"), expiresAt, null, null, null), secret);
    }
}
