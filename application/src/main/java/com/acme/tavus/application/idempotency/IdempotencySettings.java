package com.acme.tavus.application.idempotency;

import java.time.Duration;
import java.util.Objects;

/**
 * @param ttl how long a key counts from its first use (24 h by default): a repeat within it is
 *     replayed, after it the key is free and its record purged
 * @param lease how long a claim holds against other requests while the first is being served;
 *     longer than any create can take, so that only a claim whose instance died runs out
 * @param maxWait how long a repeat waits for the first request's answer before it is told 409
 */
public record IdempotencySettings(Duration ttl, Duration lease, Duration maxWait) {

    public IdempotencySettings {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(maxWait, "maxWait");
        if (ttl.isNegative() || ttl.isZero() || lease.isNegative() || lease.isZero() || maxWait.isNegative()) {
            throw new IllegalArgumentException("idempotency ttl and lease must be positive, maxWait not negative");
        }
        if (lease.compareTo(ttl) >= 0) {
            throw new IllegalArgumentException("the idempotency lease must be shorter than the ttl");
        }
    }
}
