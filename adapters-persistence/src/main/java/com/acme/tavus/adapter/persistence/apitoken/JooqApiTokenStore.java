package com.acme.tavus.adapter.persistence.apitoken;

import static com.acme.tavus.adapter.persistence.jooq.Tables.API_TOKENS;

import com.acme.tavus.adapter.persistence.jooq.tables.records.ApiTokensRecord;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link ApiTokenStore} in the {@code api_tokens} table. Every statement runs on the bounded-elastic
 * scheduler (JDBC blocks); see {@code JooqConversationRecords} for why.
 *
 * <ul>
 *   <li>{@code scopes} is a comma-separated list of wire names ({@code read,write}); a name the code
 *       does not know grants nothing and is skipped.
 *   <li>{@link #revoke} and {@link #recordLastUse} are conditional updates, so the first revocation
 *       stands and a last use never moves back, whatever runs concurrently on other instances.
 *   <li>{@link #recordLastUse} sends all its updates as one JDBC batch.
 * </ul>
 */
public final class JooqApiTokenStore implements ApiTokenStore {

    private final DSLContext dsl;

    public JooqApiTokenStore(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Void> add(ApiToken token) {
        Objects.requireNonNull(token, "token");
        return onJdbcThread(() -> dsl.insertInto(API_TOKENS).set(toRecord(token)).execute()).then();
    }

    @Override
    public Mono<ApiToken> findById(ApiTokenId id) {
        Objects.requireNonNull(id, "id");
        return onJdbcThread(() -> dsl.selectFrom(API_TOKENS).where(API_TOKENS.ID.eq(id.value()))
                .fetchOptional().map(JooqApiTokenStore::toDomain).orElse(null));
    }

    @Override
    public Mono<ApiToken> findByHash(TokenHash hash) {
        Objects.requireNonNull(hash, "hash");
        return onJdbcThread(() -> dsl.selectFrom(API_TOKENS).where(API_TOKENS.TOKEN_HASH.eq(hash.hex()))
                .fetchOptional().map(JooqApiTokenStore::toDomain).orElse(null));
    }

    @Override
    public Flux<ApiToken> list(String team) {
        return onJdbcThread(() -> dsl.selectFrom(API_TOKENS)
                        .where(team == null ? DSL.noCondition() : API_TOKENS.TEAM.eq(team))
                        .orderBy(API_TOKENS.CREATED_AT.desc(), API_TOKENS.ID.asc())
                        .fetch(JooqApiTokenStore::toDomain))
                .flatMapIterable(tokens -> tokens);
    }

    @Override
    public Mono<Boolean> revoke(ApiTokenId id, Instant at, Actor by) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        return onJdbcThread(() -> dsl.update(API_TOKENS)
                .set(API_TOKENS.REVOKED_AT, toColumn(at))
                .set(API_TOKENS.REVOKED_BY, by.name())
                .where(API_TOKENS.ID.eq(id.value()))
                .and(API_TOKENS.REVOKED_AT.isNull())
                .execute() == 1);
    }

    @Override
    public Mono<Void> recordLastUse(Map<ApiTokenId, Instant> lastUses) {
        Objects.requireNonNull(lastUses, "lastUses");
        if (lastUses.isEmpty()) {
            return Mono.empty();
        }
        return onJdbcThread(() -> dsl.batch(lastUses.entrySet().stream()
                        .map(use -> dsl.update(API_TOKENS)
                                .set(API_TOKENS.LAST_USED_AT, toColumn(use.getValue()))
                                .where(API_TOKENS.ID.eq(use.getKey().value()))
                                .and(API_TOKENS.LAST_USED_AT.isNull()
                                        .or(API_TOKENS.LAST_USED_AT.lt(toColumn(use.getValue())))))
                        .toList())
                .execute())
                .then();
    }

    static ApiTokensRecord toRecord(ApiToken token) {
        var row = new ApiTokensRecord();
        row.setId(token.id().value());
        row.setName(token.name());
        row.setTeam(token.team());
        row.setScopes(token.scopes().stream().sorted().map(Scope::value).collect(Collectors.joining(",")));
        row.setTokenHash(token.hash().hex());
        row.setTokenHint(token.hint());
        row.setCreatedAt(toColumn(token.createdAt()));
        row.setCreatedBy(token.createdBy().name());
        row.setExpiresAt(toColumn(token.expiresAt()));
        row.setLastUsedAt(toColumn(token.lastUsedAt()));
        row.setRevokedAt(toColumn(token.revokedAt()));
        row.setRevokedBy(token.revokedBy() == null ? null : token.revokedBy().name());
        return row;
    }

    static ApiToken toDomain(ApiTokensRecord row) {
        var scopes = Arrays.stream(row.getScopes().split(","))
                .map(String::strip)
                .map(Scope::fromValue)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (scopes.isEmpty()) {
            throw new IllegalStateException("token " + row.getId() + " has no known scope: " + row.getScopes());
        }
        return new ApiToken(new ApiTokenId(row.getId()), row.getName(), row.getTeam(), scopes,
                new TokenHash(row.getTokenHash()), row.getTokenHint(), toInstant(row.getCreatedAt()),
                new Actor(row.getCreatedBy()), toInstant(row.getExpiresAt()), toInstant(row.getLastUsedAt()),
                toInstant(row.getRevokedAt()), row.getRevokedBy() == null ? null : new Actor(row.getRevokedBy()));
    }

    private static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }

    /** Defers {@code work} to subscription time and runs it where blocking is allowed; null → empty. */
    private static <T> Mono<T> onJdbcThread(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
