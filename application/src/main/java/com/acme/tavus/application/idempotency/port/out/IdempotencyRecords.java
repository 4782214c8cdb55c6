package com.acme.tavus.application.idempotency.port.out;

import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.idempotency.IdempotencyRecord;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * The idempotency records ({@code idempotency_keys}): at most one per owner and key. Every method
 * is atomic on its own, and they are the only way the records change, so concurrent requests (in
 * one instance or several) agree on who holds a key. Records whose claim token no longer matches
 * are never touched: a request that lost its claim cannot complete or free someone else's.
 */
public interface IdempotencyRecords {

    /**
     * Stores {@code claim} (an in-progress record) unless a record for its owner and key exists.
     * Emits true when stored; false when the key was already taken. Of any number of concurrent
     * claims of one key, exactly one emits true.
     */
    Mono<Boolean> claim(IdempotencyRecord claim);

    /** The record for {@code owner}'s {@code key}, expired or not; empty when there is none. */
    Mono<IdempotencyRecord> find(Actor owner, IdempotencyKey key);

    /**
     * Replaces {@code seen} (an expired record or an abandoned claim, as read by {@link #find}) with
     * {@code claim}, provided the stored record still has {@code seen}'s claim token. Emits whether
     * it did; of concurrent take-overs of one record, exactly one emits true.
     */
    Mono<Boolean> takeOver(IdempotencyRecord seen, IdempotencyRecord claim);

    /**
     * Stores {@code completed} over the in-progress record with the same owner, key and claim
     * token. Emits false, changing nothing, when there is no such in-progress record any more.
     */
    Mono<Boolean> complete(IdempotencyRecord completed);

    /** Deletes {@code claim}'s record if it is still that in-progress claim; otherwise does nothing. */
    Mono<Void> release(IdempotencyRecord claim);

    /** Deletes every record that has expired at {@code now}; emits how many. */
    Mono<Integer> purgeExpired(Instant now);
}
