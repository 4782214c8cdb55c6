package com.acme.tavus.adapter.web.edge;

import java.util.List;
import java.util.Objects;

/**
 * The web edge's tunable limits, provided by bootstrap as a bean (defaults when none is).
 *
 * @param maxRequestBodyBytes the largest request body accepted; larger ones are answered 413
 *     before they are read to the end. The JSON codecs buffer no more than this either.
 * @param corsAllowedOrigins the browser origins allowed to call the API cross-origin
 *     ({@code https://app.example.com}); empty keeps CORS closed
 */
public record HttpEdgeSettings(long maxRequestBodyBytes, List<String> corsAllowedOrigins) {

    /** 1 MiB: far above any Tavus request (a persona with its layers is a few KiB). */
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;

    public HttpEdgeSettings {
        if (maxRequestBodyBytes < 1 || maxRequestBodyBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the request body limit must be between 1 byte and 2 GiB, not "
                    + maxRequestBodyBytes);
        }
        corsAllowedOrigins = Objects.requireNonNullElse(corsAllowedOrigins, List.<String>of()).stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
        if (corsAllowedOrigins.contains("*")) {
            throw new IllegalArgumentException("CORS origins must be listed one by one; '*' is not allowed");
        }
    }

    public static HttpEdgeSettings defaults() {
        return new HttpEdgeSettings(DEFAULT_MAX_REQUEST_BODY_BYTES, List.of());
    }

    public boolean corsOpen() {
        return !corsAllowedOrigins.isEmpty();
    }
}
