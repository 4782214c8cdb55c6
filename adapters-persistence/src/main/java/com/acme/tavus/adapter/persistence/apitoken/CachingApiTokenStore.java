package com.acme.tavus.adapter.persistence.apitoken;

import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts a short-lived, bounded cache in front of another store's {@link #findByHash}, the lookup every
 * request with a database token makes, so the database sees at most one lookup per token per
 * {@code ttl} on each instance.
 *
 * <ul>
 *   <li>Found tokens are kept {@code ttl}, "no such token" answers {@code negativeTtl}, so a client
 *       retrying with a wrong or deleted token in a loop does not reach the database each time.
 *   <li>Revocation: a token revoked through this store is dropped from the cache at once; one revoked
 *       on another instance shows here when the entry expires, so within {@code ttl}. That is the
 *       propagation guarantee ADR 0011 documents. Expiry needs no cache help: the authenticator
 *       checks it against the clock on every request.
 *   <li>Concurrent lookups of the same hash share one database call; failures are not cached.
 *   <li>At most {@code maxEntries} hashes are held (a flood of distinct made-up tokens evicts, it
 *       does not grow memory).
 * </ul>
 *
 * <p>Everything else passes straight through.
 */
public final class CachingApiTokenStore implements ApiTokenStore {

    private final ApiTokenStore delegate;
    private final AsyncCache<TokenHash, Optional<ApiToken>> byHash;

    public CachingApiTokenStore(ApiTokenStore delegate, Duration ttl, Duration negativeTtl, long maxEntries) {
        this(delegate, ttl, negativeTtl, maxEntries, Ticker.systemTicker());
    }

    /** With the time source the cache expires entries by; tests pass a fake one. */
    public CachingApiTokenStore(
            ApiTokenStore delegate, Duration ttl, Duration negativeTtl, long maxEntries, Ticker ticker) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(negativeTtl, "negativeTtl");
        this.byHash = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.creating((TokenHash hash, Optional<ApiToken> token) ->
                        token.isPresent() ? ttl : negativeTtl))
                .ticker(ticker)
                .buildAsync();
    }

    @Override
    public Mono<ApiToken> findByHash(TokenHash hash) {
        Objects.requireNonNull(hash, "hash");
        // suppressCancel: one cancelled request must not cancel the lookup others share.
        return Mono.fromFuture(() -> byHash.get(hash, (key, executor) -> delegate.findByHash(key)
                                .map(Optional::of)
                                .defaultIfEmpty(Optional.empty())
                                .toFuture()), true)
                .flatMap(Mono::justOrEmpty);
    }

    @Override
    public Mono<Void> add(ApiToken token) {
        return delegate.add(token).then(Mono.fromRunnable(() -> byHash.synchronous().invalidate(token.hash())));
    }

    @Override
    public Mono<Boolean> revoke(ApiTokenId id, Instant at, Actor by) {
        return delegate.revoke(id, at, by).doOnSuccess(revoked -> forget(id));
    }

    @Override
    public Mono<ApiToken> findById(ApiTokenId id) {
        return delegate.findById(id);
    }

    @Override
    public Flux<ApiToken> list(String team) {
        return delegate.list(team);
    }

    @Override
    public Mono<Void> recordLastUse(Map<ApiTokenId, Instant> lastUses) {
        return delegate.recordLastUse(lastUses);
    }

    /** Drops the cached copy of a token, wherever it is cached. */
    private void forget(ApiTokenId id) {
        byHash.synchronous().asMap().values().removeIf(cached -> cached.map(t -> t.id().equals(id)).orElse(false));
    }
}
