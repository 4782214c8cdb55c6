package com.acme.tavus.bootstrap.apitoken;

import com.acme.tavus.application.apitoken.StaticTokenAuthenticator;
import com.acme.tavus.application.apitoken.StaticTokenAuthenticator.StaticToken;
import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenFormat;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;

/**
 * The token of a fresh install: when no {@code API_TOKENS} are configured and the database holds no
 * token yet, a random token with every scope (read, write, admin) is made at start, printed once in
 * the log, and works until the process stops. It lets a first user try the API and issue the real
 * tokens. Once any database token exists, later starts make none (and print none), so production
 * logs never carry an admin token.
 *
 * <p>The check runs when the application starts, without blocking: until it has answered, this
 * authenticates nobody.
 */
public final class SetupToken implements SmartLifecycle {

    static final String NAME = "setup";
    private static final Logger LOG = LoggerFactory.getLogger(SetupToken.class);

    private final ApiTokenStore store;
    private final boolean enabled;
    private volatile AuthenticateCallerUseCase active = presented -> Mono.empty();
    private volatile boolean running;

    /** @param enabled false when tokens are configured: then this never makes a token */
    public SetupToken(ApiTokenStore store, boolean enabled) {
        this.store = Objects.requireNonNull(store, "store");
        this.enabled = enabled;
    }

    /**
     * The caller the setup token stands for, or nothing. Deliberately not an
     * {@link AuthenticateCallerUseCase} bean of its own: the platform has exactly one, which asks this.
     */
    public Mono<Caller> authenticate(String presentedToken) {
        return active.authenticate(presentedToken);
    }

    @Override
    public void start() {
        running = true;
        if (!enabled) {
            return;
        }
        store.list(null).hasElements().subscribe(this::decide,
                error -> LOG.warn("Could not check for API tokens, so no setup token was made: {}", error.toString()));
    }

    private void decide(boolean tokensExist) {
        if (tokensExist) {
            LOG.info("No API_TOKENS configured: only database tokens are accepted (manage them under /api/v1/tokens)");
            return;
        }
        var token = TokenFormat.generate(new SecureRandom());
        active = new StaticTokenAuthenticator(List.of(new StaticToken(NAME, token, EnumSet.allOf(Scope.class))));
        LOG.warn("""
                No API_TOKENS configured and no API token in the database: a setup token with every scope \
                (read, write, admin) was made for this run only. Send it as a header:
                    X-API-TOKEN: {}
                Use it to issue your teams' tokens (POST /api/v1/tokens); once one exists, no setup token \
                is made again. See docs/security.md.""", token);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
