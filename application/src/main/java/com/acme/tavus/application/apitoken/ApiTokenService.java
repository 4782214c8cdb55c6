package com.acme.tavus.application.apitoken;

import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries;
import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries.ApiTokenView;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.RevokeApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Token management: issue, list, read, revoke. The secret of a new token is generated here, hashed,
 * and handed back once; only the hash and the hint are stored.
 *
 * <p>Times are kept to the millisecond, so what issue answers is exactly what a later read shows.
 */
public final class ApiTokenService implements IssueApiTokenUseCase, RevokeApiTokenUseCase, ApiTokenQueries {

    /** The resource name in not-found messages: "token … was not found". */
    static final String RESOURCE = "token";

    private final ApiTokenStore store;
    private final IdGenerator ids;
    private final Clock clock;
    private final RandomGenerator random;

    /** @param random where secrets come from: a {@link java.security.SecureRandom} */
    public ApiTokenService(ApiTokenStore store, IdGenerator ids, Clock clock, RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public Mono<IssuedApiToken> issue(IssueApiTokenCommand command, Actor by) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(by, "by");
        return Mono.fromSupplier(() -> {
                    var now = now();
                    var secret = TokenFormat.generate(random);
                    var token = new ApiToken(new ApiTokenId(ids.newId()), command.name(), command.team(),
                            command.scopes(), TokenHash.of(secret), TokenFormat.hint(secret), now, by,
                            expiry(command, now), null, null, null);
                    return new IssuedApiToken(view(token, now), secret);
                })
                .flatMap(issued -> store.add(issued.view().token()).thenReturn(issued));
    }

    @Override
    public Mono<ApiTokenView> revoke(ApiTokenId id, Actor by) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(by, "by");
        return find(id).flatMap(token -> token.revokedAt() != null
                ? Mono.just(token)
                : store.revoke(id, now(), by).then(find(id)))
                .map(token -> view(token, clock.instant()));
    }

    @Override
    public Flux<ApiTokenView> list(String team) {
        return Mono.fromRunnable(() -> {
                    if (team != null) {
                        ApiToken.requireLabel("team", team);
                    }
                })
                .thenMany(Flux.defer(() -> store.list(team)))
                .map(token -> view(token, clock.instant()));
    }

    @Override
    public Mono<ApiTokenView> get(ApiTokenId id) {
        Objects.requireNonNull(id, "id");
        return find(id).map(token -> view(token, clock.instant()));
    }

    private Mono<ApiToken> find(ApiTokenId id) {
        return store.findById(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id.toString())));
    }

    /** When a token issued {@code now} expires: as asked, within the allowed lifetime. */
    private static Instant expiry(IssueApiTokenCommand command, Instant now) {
        var latest = now.plus(Duration.ofDays(IssueApiTokenCommand.MAX_LIFETIME_DAYS));
        if (command.expiresAt() == null) {
            var days = command.expiresInDays() != null
                    ? command.expiresInDays() : IssueApiTokenCommand.DEFAULT_LIFETIME_DAYS;
            return now.plus(Duration.ofDays(days));
        }
        var expiresAt = command.expiresAt().truncatedTo(ChronoUnit.MILLIS);
        if (!expiresAt.isAfter(now)) {
            throw new InvalidValueException("expires_at", "must be in the future");
        }
        if (expiresAt.isAfter(latest)) {
            throw new InvalidValueException("expires_at",
                    "must be at most " + IssueApiTokenCommand.MAX_LIFETIME_DAYS + " days from now");
        }
        return expiresAt;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ApiTokenView view(ApiToken token, Instant now) {
        return new ApiTokenView(token, token.status(now));
    }
}
