package com.acme.tavus.application.idempotency;

import com.acme.tavus.domain.idempotency.IdempotencyKey;

/**
 * A key was sent again with a different request (another body or another route). The client's
 * mistake: a key names exactly one request. Answered 422; nothing is run.
 */
public final class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(IdempotencyKey key) {
        super(IdempotencyKey.HEADER + " '" + key.value() + "' was used with a different request; "
                + "send a new key for a new request");
    }
}
