package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.web.security.FailedAuthenticationThrottle;
import com.acme.tavus.application.apitoken.ApiTokenAuthenticator;
import com.acme.tavus.application.apitoken.StaticTokenAuthenticator;
import com.acme.tavus.application.apitoken.StaticTokenAuthenticator.StaticToken;
import com.acme.tavus.application.apitoken.TokenUsageRecorder;
import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.bootstrap.apitoken.SetupToken;
import com.acme.tavus.bootstrap.apitoken.TokenUsageFlusher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the API: the tokens configured in {@code API_TOKENS} (read and write, as before),
 * then the teams' database tokens (ADR 0011). With no {@code API_TOKENS} and an empty token table, a
 * setup token with every scope is made for the run ({@link SetupToken}). Also the failed-attempt
 * throttle's limits, and the flush of {@code last_used_at}.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenConfiguration.class);

    @Bean
    TokenUsageRecorder tokenUsageRecorder(ApiTokenStore apiTokenStore) {
        return new TokenUsageRecorder(apiTokenStore);
    }

    @Bean
    TokenUsageFlusher tokenUsageFlusher(TokenUsageRecorder usage, ApiTokenProperties tokens) {
        return new TokenUsageFlusher(usage, tokens.lastUsedFlushInterval());
    }

    /** Enabled only when {@code API_TOKENS} is empty: the fresh install's way in. */
    @Bean
    SetupToken setupToken(PlatformProperties platform, ApiTokenStore apiTokenStore) {
        return new SetupToken(apiTokenStore, parse(platform.apiTokens()).isEmpty());
    }

    @Bean
    AuthenticateCallerUseCase authenticateCallerUseCase(PlatformProperties platform, ApiTokenStore apiTokenStore,
            TokenUsageRecorder usage, SetupToken setupToken, Clock clock) {
        var tokens = parse(platform.apiTokens());
        AuthenticateCallerUseCase configured;
        if (tokens.isEmpty()) {
            configured = setupToken::authenticate;
        } else {
            LOG.info("API tokens configured: {}", tokens.stream().map(StaticToken::name).toList());
            configured = new StaticTokenAuthenticator(tokens);
        }
        return new ApiTokenAuthenticator(configured, apiTokenStore, usage, clock);
    }

    @Bean
    FailedAuthenticationThrottle failedAuthenticationThrottle(ApiTokenProperties tokens, Clock clock) {
        return new FailedAuthenticationThrottle(new FailedAuthenticationThrottle.Settings(tokens.maxFailedAttempts(),
                tokens.failedAttemptsWindow(), tokens.trustedProxyHops(), 100_000), clock);
    }

    /**
     * Parses {@code API_TOKENS}: comma-separated entries, each {@code token} or {@code name:token}.
     * Unnamed tokens are called {@code api-token-1}, {@code api-token-2}, ... by position.
     */
    static List<StaticToken> parse(String apiTokens) {
        var tokens = new ArrayList<StaticToken>();
        if (apiTokens == null || apiTokens.isBlank()) {
            return tokens;
        }
        var names = new HashSet<String>();
        var position = 0;
        for (var raw : apiTokens.split(",")) {
            var entry = raw.trim();
            position++;
            if (entry.isEmpty()) {
                continue;
            }
            var colon = entry.indexOf(':');
            var name = colon > 0 ? entry.substring(0, colon).trim() : "api-token-" + position;
            var secret = colon > 0 ? entry.substring(colon + 1).trim() : entry;
            if (!names.add(name)) {
                throw new IllegalArgumentException("API_TOKENS names the token '" + name + "' twice");
            }
            tokens.add(new StaticToken(name, secret));
        }
        return tokens;
    }
}
