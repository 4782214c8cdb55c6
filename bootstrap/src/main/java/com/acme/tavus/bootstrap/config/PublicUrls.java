package com.acme.tavus.bootstrap.config;

import org.springframework.core.env.Environment;

/**
 * Absolute URLs of this service as the outside world reaches it: {@code BACKEND_URL} when set
 * (behind a proxy or tunnel), otherwise {@code http://localhost:<server.port>}.
 */
public final class PublicUrls {

    private final String base;

    PublicUrls(PlatformProperties platform, Environment environment) {
        var configured = platform.backendUrl();
        this.base = configured != null && !configured.isBlank()
                ? stripTrailingSlash(configured.trim())
                : "http://localhost:" + environment.getProperty("server.port", "8080");
    }

    /** {@code path} (starting with '/') appended to the public base URL. */
    public String resolve(String path) {
        return base + path;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
