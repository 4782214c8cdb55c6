package com.acme.tavus.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database API token settings ({@code platform.tokens.*}); see docs/security.md.
 *
 * @param cacheTtl how long an instance trusts a token it looked up: the most a revocation made on
 *     another instance takes to show here
 * @param negativeCacheTtl how long an instance remembers that a token does not exist
 * @param cacheMaxEntries how many token hashes an instance caches at most
 * @param lastUsedFlushInterval how often {@code last_used_at} is written (one batch per interval)
 * @param maxFailedAttempts {@code TOKEN_MAX_FAILED_ATTEMPTS}: failed token checks one client address
 *     may have within {@code failedAttemptsWindow} before it is answered 429
 * @param failedAttemptsWindow how long such a count runs
 * @param trustedProxyHops {@code TRUSTED_PROXY_HOPS}: how many proxies in front of the service append
 *     the client's address to {@code X-Forwarded-For}; 0 (default) ignores that header
 */
@ConfigurationProperties("platform.tokens")
public record ApiTokenProperties(
        @DefaultValue("5s") Duration cacheTtl,
        @DefaultValue("5s") Duration negativeCacheTtl,
        @DefaultValue("10000") long cacheMaxEntries,
        @DefaultValue("30s") Duration lastUsedFlushInterval,
        @DefaultValue("20") int maxFailedAttempts,
        @DefaultValue("1m") Duration failedAttemptsWindow,
        @DefaultValue("0") int trustedProxyHops) {}
