package com.acme.tavus.application.apitoken;

import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.apitoken.TokenHash;
import java.time.Clock;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Who is calling: first the tokens fixed in configuration, then the database tokens.
 *
 * <ul>
 *   <li>A presented token that is not in the issued format (prefix, length, checksum) never reaches
 *       the database: garbage and typos cost a string check.
 *   <li>A database token is looked up by the SHA-256 of what was presented; the stored hash is
 *       compared again in constant time, and the token must be active now (not expired, not revoked).
 *       Expiry is checked against the clock on every request, so it is exact even when the store
 *       answers from a cache; revocation shows as soon as the store's answer does.
 *   <li>A successful use is noted for {@code last_used_at} in memory ({@link TokenUsageRecorder}),
 *       never written on the request path.
 * </ul>
 *
 * <p>Unknown, expired and revoked tokens all give an empty answer, so the client cannot tell which.
 * A failing store is an error signal (the web layer answers 503, not 401).
 */
public final class ApiTokenAuthenticator implements AuthenticateCallerUseCase {

    private final AuthenticateCallerUseCase configuredTokens;
    private final ApiTokenStore store;
    private final TokenUsageRecorder usage;
    private final Clock clock;

    public ApiTokenAuthenticator(
            AuthenticateCallerUseCase configuredTokens, ApiTokenStore store, TokenUsageRecorder usage, Clock clock) {
        this.configuredTokens = Objects.requireNonNull(configuredTokens, "configuredTokens");
        this.store = Objects.requireNonNull(store, "store");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<Caller> authenticate(String presentedToken) {
        if (presentedToken == null || presentedToken.isEmpty()) {
            return Mono.empty();
        }
        return configuredTokens.authenticate(presentedToken)
                .switchIfEmpty(Mono.defer(() -> fromStore(presentedToken)));
    }

    private Mono<Caller> fromStore(String presentedToken) {
        if (!TokenFormat.isWellFormed(presentedToken)) {
            return Mono.empty();
        }
        var hash = TokenHash.of(presentedToken);
        return store.findByHash(hash)
                .filter(token -> token.hash().matches(hash))
                .filter(token -> token.isActiveAt(clock.instant()))
                .doOnNext(token -> usage.record(token.id(), clock.instant()))
                .map(ApiToken::caller);
    }
}
