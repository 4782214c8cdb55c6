package com.acme.tavus.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff from {@code initialDelay}, doubling up
 * to {@code maxDelay}, with "equal jitter" (half the delay fixed, half random) so receivers coming
 * back up are not hit by every instance at once. Gives up after {@code maxAttempts} attempts or
 * once the event is older than {@code maxAge}.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts, Duration maxAge) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxAge, "maxAge");
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay and maxAttempts >= 1");
        }
    }

    /** 1 s doubling to 1 h, 30 attempts, 3 days. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 30, Duration.ofDays(3));
    }

    /** True when a delivery that has now failed {@code attempts} times must not be tried again. */
    public boolean givesUp(int attempts, Instant eventOccurredAt, Instant now) {
        return attempts >= maxAttempts || !now.isBefore(eventOccurredAt.plus(maxAge));
    }

    /** The wait after the {@code attempts}-th failed attempt (1-based), jittered. */
    public Duration delayAfter(int attempts, RandomGenerator random) {
        var shift = Math.min(Math.max(attempts - 1, 0), 40);
        var base = initialDelay.toMillis() << shift;
        var capped = base <= 0 || base > maxDelay.toMillis() ? maxDelay.toMillis() : base;
        var half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
