package com.acme.tavus.application.idempotency;

import com.acme.tavus.domain.idempotency.IdempotencyKey;
import java.time.Duration;
import java.util.Objects;

/**
 * The request that claimed a key was still being served when a repeat had waited as long as it
 * may. Answered 409 with {@code Retry-After}: retrying the same request later replays its answer.
 */
public final class IdempotencyKeyInUse extends RuntimeException {

    private final transient Duration retryAfter;

    public IdempotencyKeyInUse(IdempotencyKey key, Duration retryAfter) {
        super("A request with " + IdempotencyKey.HEADER + " '" + key.value() + "' is still in progress; "
                + "retry later to get its answer");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
