package com.acme.tavus.bootstrap.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's own settings ({@code platform.*}).
 *
 * @param apiTokens {@code API_TOKENS}: comma-separated tokens, each either {@code secret} or
 *     {@code name:secret}; the name is what records and logs show
 * @param backendUrl {@code BACKEND_URL}: the public base URL of this service, used to build
 *     callback and sandbox call-page URLs; empty means {@code http://localhost:<port>}
 */
@ConfigurationProperties("platform")
public record PlatformProperties(String apiTokens, String backendUrl) {

    @Override
    public String toString() {
        return "PlatformProperties[backendUrl=" + backendUrl + ", apiTokens=<redacted>]";
    }
}
