package com.acme.tavus.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound webhooks ({@code webhooks.*}); see docs/webhooks.md.
 *
 * @param allowHttp {@code WEBHOOKS_ALLOW_HTTP}: accept plain {@code http} URLs for any host (else
 *     only {@code https}, and {@code http} to localhost)
 * @param dispatchEnabled {@code WEBHOOKS_DISPATCH_ENABLED}: whether this instance sends deliveries
 * @param dispatchInterval how often the dispatcher looks for due deliveries
 * @param lease how long a claimed delivery stays with its dispatcher; must exceed the request timeout
 * @param batch deliveries claimed per pass
 * @param concurrency deliveries sent at once per instance
 * @param connectTimeout opening a connection to an endpoint
 * @param requestTimeout one delivery in all (connect, send, answer)
 * @param retry backoff: first delay, doubling up to the max delay; give up after max attempts or max age
 */
@ConfigurationProperties("webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("true") boolean dispatchEnabled,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("50") int batch,
        @DefaultValue("8") int concurrency,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue Retry retry) {

    /** The retry policy's settings ({@code webhooks.retry.*}). */
    public record Retry(
            @DefaultValue("1s") Duration initialDelay,
            @DefaultValue("1h") Duration maxDelay,
            @DefaultValue("30") int maxAttempts,
            @DefaultValue("3d") Duration maxAge) {}
}
