package com.acme.tavus.bootstrap.config;

import org.springframework.core.env.Environment;

/**
 * Absolute URLs of this service as the outside world reaches it: {@code BACKEND_URL} when set
 * (behind a proxy or tunnel), otherwise {@code http://localhost:<port>}. The port is read whenever
 * a URL is made, because with {@code SERVER_PORT=0} (tests) it is only known once the server
 * listens ({@code local.server.port}).
 */
public final class PublicUrls {

    private final String configured;
    private final Environment environment;

    PublicUrls(PlatformProperties platform, Environment environment) {
        var backend = platform.backendUrl();
        this.configured = backend != null && !backend.isBlank() ? stripTrailingSlash(backend.trim()) : null;
        this.environment = environment;
    }

    /** {@code path} (starting with '/') appended to the public base URL. */
    public String resolve(String path) {
        return base() + path;
    }

    /** True when {@code BACKEND_URL} names the public address; false when it is only the local port. */
    public boolean isConfigured() {
        return configured != null;
    }

    private String base() {
        if (configured != null) {
            return configured;
        }
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
