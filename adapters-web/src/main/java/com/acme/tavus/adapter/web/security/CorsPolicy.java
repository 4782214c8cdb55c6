package com.acme.tavus.adapter.web.security;

import com.acme.tavus.adapter.web.edge.HttpEdgeSettings;
import com.acme.tavus.adapter.web.edge.RequestIdFilter;
import com.acme.tavus.adapter.web.TavusModeHeaderFilter;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin access for browsers: closed unless {@code platform.cors.allowed-origins} lists
 * origins. Closed means no {@code Access-Control-Allow-*} header is ever sent, so browsers keep
 * other sites' scripts away from the API; server-to-server clients are unaffected either way.
 *
 * <p>Open, for the listed origins only: the API's methods, the headers a client sends
 * ({@code X-API-TOKEN}, {@code Idempotency-Key}, {@code Content-Type}, {@code X-Request-Id}) and the
 * ones it may read ({@code X-Request-Id}, {@code X-Tavus-Mode}, {@code Retry-After}). Never with
 * credentials: the API authenticates with a header, not cookies. A cross-origin request from an
 * origin not on the list is refused with 403.
 */
final class CorsPolicy {

    static final List<String> ALLOWED_HEADERS = List.of(
            "X-API-TOKEN", "Idempotency-Key", HttpHeaders.CONTENT_TYPE, RequestIdFilter.HEADER);
    static final List<String> EXPOSED_HEADERS = List.of(
            RequestIdFilter.HEADER, TavusModeHeaderFilter.HEADER, HttpHeaders.RETRY_AFTER);

    private CorsPolicy() {}

    static void configure(ServerHttpSecurity.CorsSpec cors, HttpEdgeSettings settings) {
        if (!settings.corsOpen()) {
            cors.disable();
            return;
        }
        var policy = new CorsConfiguration();
        policy.setAllowedOrigins(settings.corsAllowedOrigins());
        policy.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        policy.setAllowedHeaders(ALLOWED_HEADERS);
        policy.setExposedHeaders(EXPOSED_HEADERS);
        policy.setAllowCredentials(false);
        policy.setMaxAge(Duration.ofMinutes(30));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", policy);
        cors.configurationSource(source);
    }
}
