package com.acme.tavus.adapter.tavus;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach Tavus. A plain record so the bootstrap module can build it from its own
 * configuration properties without this module knowing about Spring Boot.
 *
 * <p>The API key is a credential: {@link #toString()} redacts it so the settings can be logged (for
 * example when the application reports its configuration at start-up) without leaking it.
 *
 * @param baseUrl the API root including the version, normally {@code https://tavusapi.com/v2}; paths
 *     such as {@code /conversations} are resolved against it
 * @param apiKey sent as the {@code x-api-key} header on every request
 * @param connectTimeout how long to wait for a TCP connection (the deadline of a whole call is per
 *     operation, in {@link TavusTimeouts})
 * @param maxResponseBytes the largest answer read into memory; anything bigger is refused rather
 *     than buffered, so a runaway upstream body cannot exhaust the heap
 */
public record TavusClientSettings(
        URI baseUrl, String apiKey, Duration connectTimeout, int maxResponseBytes) {

    /** Tavus's documented production API root. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://tavusapi.com/v2");

    public TavusClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        var scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL");
        }
        if (baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment");
        }
        var text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is required");
        }
        if (apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            // Only visible ASCII may go into a header; anything else is a copy-paste accident.
            throw new IllegalArgumentException("apiKey must contain only visible ASCII characters");
        }
        requirePositive(connectTimeout, "connectTimeout");
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    @Override
    public String toString() {
        return "TavusClientSettings[baseUrl=" + baseUrl + ", apiKey=<redacted>, connectTimeout=" + connectTimeout
                + ", maxResponseBytes=" + maxResponseBytes + "]";
    }
}
