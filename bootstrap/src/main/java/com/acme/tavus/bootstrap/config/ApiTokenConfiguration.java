package com.acme.tavus.bootstrap.config;

import com.acme.tavus.application.apitoken.StaticTokenAuthenticator;
import com.acme.tavus.application.apitoken.StaticTokenAuthenticator.StaticToken;
import com.acme.tavus.application.apitoken.port.in.AuthenticateCallerUseCase;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the API. Tokens come from {@code API_TOKENS}; with none configured a random token
 * is made for this run and printed once, so the service is usable at once and no well-known
 * default token can ever exist.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenConfiguration.class);

    /** Prefix of generated tokens, so secret scanners and people can recognise a leaked one. */
    static final String GENERATED_TOKEN_PREFIX = "tvp_";

    @Bean
    AuthenticateCallerUseCase authenticateCallerUseCase(PlatformProperties platform) {
        var tokens = parse(platform.apiTokens());
        if (tokens.isEmpty()) {
            var generated = generateToken();
            tokens = List.of(new StaticToken("generated", generated));
            LOG.warn("""
                    No API_TOKENS configured. A token was generated for this run only; send it as a header:
                        X-API-TOKEN: {}
                    Set API_TOKENS (comma-separated, optionally name:token) to choose your own.""", generated);
        } else {
            LOG.info("API tokens configured: {}", tokens.stream().map(StaticToken::name).toList());
        }
        return new StaticTokenAuthenticator(tokens);
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

    private static String generateToken() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return GENERATED_TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
