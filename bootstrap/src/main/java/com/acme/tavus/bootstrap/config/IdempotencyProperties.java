package com.acme.tavus.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Idempotency keys ({@code idempotency.*}); see docs/idempotency.md.
 *
 * @param ttl {@code IDEMPOTENCY_KEY_TTL}: how long a key counts from its first use; a repeat within
 *     it is replayed, after it the key is free again
 * @param lease how long a claim holds while its request is served: longer than any create takes
 *     (Tavus's response timeout and then some), so that it runs out only for a dead instance
 * @param maxWait how long a repeat waits for the first request's answer before answering 409; a
 *     little more than the 30 s deadline of a create ({@code tavus.timeouts.operations.*}), so a repeat normally gets the answer
 * @param purgeEnabled whether expired keys are deleted on a timer
 * @param purgeInterval how often expired keys are deleted
 */
@ConfigurationProperties("idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("35s") Duration maxWait,
        @DefaultValue("true") boolean purgeEnabled,
        @DefaultValue("1h") Duration purgeInterval) {}
