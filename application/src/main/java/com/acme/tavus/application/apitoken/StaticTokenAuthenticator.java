package com.acme.tavus.application.apitoken;

import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Authenticates against tokens fixed in configuration ({@code API_TOKENS}). Each configured token
 * grants read and write on the proxy.
 *
 * <p>Only SHA-256 digests of the tokens are held, and a presented token is compared with every one
 * of them with {@link MessageDigest#isEqual}, so neither the answer time nor a heap dump reveals a
 * token.
 */
public final class StaticTokenAuthenticator implements AuthenticateCallerUseCase {

    /** A token named in configuration. The name is what audit records and logs show. */
    public record StaticToken(String name, String secret) {
        public StaticToken {
            Objects.requireNonNull(name, "name");
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("token " + name + " is empty");
            }
        }

        @Override
        public String toString() {
            return "StaticToken[name=" + name + ", secret=<redacted>]";
        }
    }

    private record Entry(Caller caller, byte[] digest) {}

    private final List<Entry> entries;

    public StaticTokenAuthenticator(List<StaticToken> tokens) {
        var proxyScopes = EnumSet.of(Scope.READ, Scope.WRITE);
        this.entries = tokens.stream()
                .map(t -> new Entry(new Caller(new Actor(t.name()), proxyScopes), sha256(t.secret())))
                .toList();
    }

    @Override
    public Mono<Caller> authenticate(String presentedToken) {
        if (presentedToken == null || presentedToken.isEmpty()) {
            return Mono.empty();
        }
        var presented = sha256(presentedToken);
        Caller match = null;
        for (var entry : entries) { // no early exit: every entry costs the same
            if (MessageDigest.isEqual(entry.digest(), presented)) {
                match = entry.caller();
            }
        }
        return Mono.justOrEmpty(match);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
