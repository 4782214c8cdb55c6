package com.acme.tavus.application.idempotency.port.in;

import reactor.core.publisher.Mono;

/** Deletes the idempotency records that have expired. Meant to run periodically. */
public interface PurgeIdempotencyKeysUseCase {

    /** One pass; emits how many records were deleted. */
    Mono<Integer> purgeExpired();
}
