package com.acme.tavus.application.apitoken;

import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.shared.Actor;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Authenticates against tokens fixed in configuration ({@code API_TOKENS}, or the token generated
 * for a first run). A configured token grants read and write on the proxy unless it says otherwise.
 *
 * <p>Only SHA-256 digests of the tokens are held, and a presented token is compared with every one
 * of them in constant time, so neither the answer time nor a heap dump reveals a token.
 */
public final class StaticTokenAuthenticator implements AuthenticateCallerUseCase {

    /** What an {@code API_TOKENS} entry may do: call the proxy, not manage tokens. */
    public static final Set<Scope> PROXY_SCOPES = Set.copyOf(EnumSet.of(Scope.READ, Scope.WRITE));

    /** A token named in configuration. The name is what audit records and logs show. */
    public record StaticToken(String name, String secret, Set<Scope> scopes) {
        public StaticToken {
            Objects.requireNonNull(name, "name");
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("token " + name + " is empty");
            }
            scopes = Set.copyOf(scopes);
        }

        /** A token with the {@link #PROXY_SCOPES proxy scopes}. */
        public StaticToken(String name, String secret) {
            this(name, secret, PROXY_SCOPES);
        }

        @Override
        public String toString() {
            return "StaticToken[name=" + name + ", scopes=" + scopes + ", secret=<redacted>]";
        }
    }

    private record Entry(Caller caller, TokenHash hash) {}

    private final List<Entry> entries;

    public StaticTokenAuthenticator(List<StaticToken> tokens) {
        this.entries = tokens.stream()
                .map(t -> new Entry(new Caller(new Actor(t.name()), t.scopes()), TokenHash.of(t.secret())))
                .toList();
    }

    @Override
    public Mono<Caller> authenticate(String presentedToken) {
        if (presentedToken == null || presentedToken.isEmpty()) {
            return Mono.empty();
        }
        var presented = TokenHash.of(presentedToken);
        Caller match = null;
        for (var entry : entries) { // no early exit: every entry costs the same
            if (entry.hash().matches(presented)) {
                match = entry.caller();
            }
        }
        return Mono.justOrEmpty(match);
    }
}
