package com.acme.tavus.application.apitoken.port.out;

import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The database tokens ({@code api_tokens}), as a collection. Tokens are never deleted: revoked and
 * expired ones stay, so what they did stays attributable.
 *
 * <p>{@link #findByHash} is on every request's path. An implementation may answer it from a cache,
 * but then only for a few seconds: a revocation made elsewhere (on another instance) must show in
 * its answers within that time, and one made through the same store at once.
 */
public interface ApiTokenStore {

    /** Stores a new token. Fails when a token with the same id or hash is stored. */
    Mono<Void> add(ApiToken token);

    /** The token with this id; empty when there is none. */
    Mono<ApiToken> findById(ApiTokenId id);

    /** The token whose secret has this hash, revoked and expired ones included; empty when none. */
    Mono<ApiToken> findByHash(TokenHash hash);

    /** Every token, or only those of {@code team} when it is not null; newest first. */
    Flux<ApiToken> list(String team);

    /**
     * Marks the token revoked at {@code at} by {@code by}, unless it already is revoked (the first
     * revocation stands, also when two arrive at once). True when this call revoked it; false when
     * it was revoked already or does not exist.
     */
    Mono<Boolean> revoke(ApiTokenId id, Instant at, Actor by);

    /** Moves each token's last use forward to the given instant (never back); unknown ids are skipped. */
    Mono<Void> recordLastUse(Map<ApiTokenId, Instant> lastUses);
}
