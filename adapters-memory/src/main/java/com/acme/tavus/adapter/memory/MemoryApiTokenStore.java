package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The database tokens ({@code api_tokens}) in memory, unique by id and by hash. Lookups by hash
 * (every request's) are one map read, so no cache is needed and a revocation shows at once; a
 * revocation is one atomic {@code computeIfPresent}, so of two at once the first stands. Tokens are
 * never deleted, as in the table. Unbounded: see the package documentation.
 */
public final class MemoryApiTokenStore implements ApiTokenStore {

    private final Map<ApiTokenId, ApiToken> byId = new ConcurrentHashMap<>();
    private final Map<TokenHash, ApiTokenId> idByHash = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> add(ApiToken token) {
        Objects.requireNonNull(token, "token");
        return Mono.fromRunnable(() -> {
            // Claim the hash first: of two tokens with one hash, or one id, only one gets in.
            if (idByHash.putIfAbsent(token.hash(), token.id()) != null) {
                throw new IllegalStateException("a token with the same hash exists");
            }
            if (byId.putIfAbsent(token.id(), token) != null) {
                idByHash.remove(token.hash(), token.id());
                throw new IllegalStateException("a token with id " + token.id() + " exists");
            }
        });
    }

    @Override
    public Mono<ApiToken> findById(ApiTokenId id) {
        return Mono.fromSupplier(() -> byId.get(id));
    }

    @Override
    public Mono<ApiToken> findByHash(TokenHash hash) {
        return Mono.fromSupplier(() -> {
            var id = idByHash.get(hash);
            return id == null ? null : byId.get(id);
        });
    }

    @Override
    public Flux<ApiToken> list(String team) {
        return Flux.defer(() -> Flux.fromIterable(byId.values().stream()
                .filter(t -> team == null || t.team().equals(team))
                .sorted(Comparator.comparing(ApiToken::createdAt).reversed().thenComparing(t -> t.id().value()))
                .toList()));
    }

    @Override
    public Mono<Boolean> revoke(ApiTokenId id, Instant at, Actor by) {
        return Mono.fromSupplier(() -> {
            var revoked = new AtomicBoolean();
            byId.computeIfPresent(id, (key, token) -> {
                if (token.revokedAt() != null) {
                    return token;
                }
                revoked.set(true);
                return token.revoked(at, by);
            });
            return revoked.get();
        });
    }

    @Override
    public Mono<Void> recordLastUse(Map<ApiTokenId, Instant> lastUses) {
        return Mono.fromRunnable(() ->
                lastUses.forEach((id, at) -> byId.computeIfPresent(id, (key, token) -> token.usedAt(at))));
    }
}
