package com.acme.tavus.application.testing;

import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An {@link ApiTokenStore} in a map, for use-case and web tests; counts hash lookups and failures on demand. */
public class InMemoryApiTokenStore implements ApiTokenStore {

    private final Map<ApiTokenId, ApiToken> byId = new ConcurrentHashMap<>();
    private final AtomicInteger hashLookups = new AtomicInteger();
    private volatile RuntimeException failure;

    @Override
    public Mono<Void> add(ApiToken token) {
        return guarded(Mono.fromRunnable(() -> {
            var clash = byId.values().stream().anyMatch(existing -> existing.hash().equals(token.hash()));
            if (clash || byId.putIfAbsent(token.id(), token) != null) {
                throw new IllegalStateException("duplicate token " + token.id());
            }
        }));
    }

    @Override
    public Mono<ApiToken> findById(ApiTokenId id) {
        return guarded(Mono.fromSupplier(() -> byId.get(id)));
    }

    @Override
    public Mono<ApiToken> findByHash(TokenHash hash) {
        return guarded(Mono.fromSupplier(() -> {
            hashLookups.incrementAndGet();
            return byId.values().stream().filter(t -> t.hash().equals(hash)).findFirst().orElse(null);
        }));
    }

    @Override
    public Flux<ApiToken> list(String team) {
        return guarded(Mono.fromSupplier(() -> byId.values().stream()
                        .filter(t -> team == null || t.team().equals(team))
                        .sorted(Comparator.comparing(ApiToken::createdAt).reversed()
                                .thenComparing(t -> t.id().value()))
                        .toList()))
                .flatMapIterable(tokens -> tokens);
    }

    @Override
    public Mono<Boolean> revoke(ApiTokenId id, Instant at, Actor by) {
        return guarded(Mono.fromSupplier(() -> {
            var revoked = new boolean[1];
            byId.computeIfPresent(id, (key, token) -> {
                revoked[0] = token.revokedAt() == null;
                return token.revoked(at, by);
            });
            return revoked[0];
        }));
    }

    @Override
    public Mono<Void> recordLastUse(Map<ApiTokenId, Instant> lastUses) {
        return guarded(Mono.fromRunnable(() ->
                lastUses.forEach((id, at) -> byId.computeIfPresent(id, (key, token) -> token.usedAt(at)))));
    }

    /** Stores a token as it is, bypassing every rule of the use cases (expired ones, say). */
    public void put(ApiToken token) {
        byId.put(token.id(), token);
    }

    /** How many {@link #findByHash} calls reached this store. */
    public int hashLookups() {
        return hashLookups.get();
    }

    /** From now on every call fails with {@code failure}; {@code null} heals the store. */
    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    private <T> Mono<T> guarded(Mono<T> call) {
        return Mono.defer(() -> failure != null ? Mono.error(failure) : call);
    }
}
