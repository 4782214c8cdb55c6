package com.acme.tavus.adapter.web.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;

/**
 * The security headers on every answer (API, documentation, the demo page, errors alike).
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles, fetches and images from this origin only
 *       (plus {@code data:} images, which Swagger UI's stylesheet uses); frames only from this
 *       origin (the sandbox call page) and the Tavus/Daily conversation hosts the demo page embeds;
 *       no plugins; this site may be framed only by itself. No {@code 'unsafe-inline'} anywhere:
 *       the demo page and Swagger UI load their scripts and styles from files.
 *   <li>{@code X-Frame-Options: SAMEORIGIN}: {@code frame-ancestors} for browsers that predate it.
 *   <li>{@code X-Content-Type-Options: nosniff}; {@code Referrer-Policy: no-referrer}, so no URL of
 *       ours (conversation ids, callback signatures) leaks to another site.
 *   <li>Spring Security's defaults otherwise: no caching of answers, HSTS over HTTPS.
 * </ul>
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "connect-src 'self'",
            "img-src 'self' data:",
            "frame-src 'self' https://*.daily.co https://*.tavus.io",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private SecurityHeaders() {}

    static void configure(ServerHttpSecurity.HeaderSpec headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.mode(Mode.SAMEORIGIN))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }
}
