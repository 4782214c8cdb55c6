package com.acme.tavus.domain.idempotency;

import com.acme.tavus.domain.shared.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the platform knows about one key of one caller: which request claimed it, whether that
 * request has been answered, and until when the record counts.
 *
 * <ul>
 *   <li>{@link IdempotencyState#IN_PROGRESS}: a request holds the claim ({@code claimToken}) until
 *       {@code lockedUntil}. If the instance serving it dies, the claim is abandoned after that
 *       time and another request may take the key over.
 *   <li>{@link IdempotencyState#COMPLETED}: {@code response} is replayed to repeats of the same
 *       request until {@code expiresAt}.
 *   <li>From {@code expiresAt} on the record no longer counts: the key is free again and the row
 *       is purged.
 * </ul>
 *
 * @param owner the caller the key belongs to; keys of different callers never meet
 * @param claimToken identifies one claim, so only the request that claimed a key completes or
 *     releases it, and a take-over replaces exactly the record that was seen
 * @param lockedUntil when an in-progress claim is abandoned; {@code null} once completed
 * @param response the remembered answer; {@code null} while in progress
 */
public record IdempotencyRecord(
        Actor owner,
        IdempotencyKey key,
        RequestFingerprint fingerprint,
        UUID claimToken,
        IdempotencyState state,
        Instant createdAt,
        Instant expiresAt,
        Instant lockedUntil,
        StoredResponse response) {

    public IdempotencyRecord {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimToken, "claimToken");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an idempotency record must expire after it was created");
        }
        if (state == IdempotencyState.IN_PROGRESS && (lockedUntil == null || response != null)) {
            throw new IllegalArgumentException("an in-progress record has a lock and no response");
        }
        if (state == IdempotencyState.COMPLETED && (lockedUntil != null || response == null)) {
            throw new IllegalArgumentException("a completed record has a response and no lock");
        }
    }

    /**
     * A new claim of {@code key} by {@code owner} for the request {@code fingerprint}: valid for
     * {@code ttl}, held against other requests for {@code lease} at most.
     */
    public static IdempotencyRecord claim(Actor owner, IdempotencyKey key, RequestFingerprint fingerprint,
            UUID claimToken, Instant now, Duration ttl, Duration lease) {
        if (ttl.isNegative() || ttl.isZero() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("ttl and lease must be positive");
        }
        return new IdempotencyRecord(owner, key, fingerprint, claimToken, IdempotencyState.IN_PROGRESS, now,
                now.plus(ttl), now.plus(lease), null);
    }

    /** This claim, answered with {@code answer}: the same key, request and expiry, no longer locked. */
    public IdempotencyRecord completedWith(StoredResponse answer) {
        if (state != IdempotencyState.IN_PROGRESS) {
            throw new IllegalStateException("only an in-progress record can be completed");
        }
        if (!Objects.requireNonNull(answer, "answer").isRemembered()) {
            throw new IllegalArgumentException("only a remembered response is stored: " + answer);
        }
        return new IdempotencyRecord(owner, key, fingerprint, claimToken, IdempotencyState.COMPLETED, createdAt,
                expiresAt, null, answer);
    }

    public boolean isCompleted() {
        return state == IdempotencyState.COMPLETED;
    }

    /** Whether {@code request} is the request that claimed this key. */
    public boolean isFor(RequestFingerprint request) {
        return fingerprint.equals(request);
    }

    /** From {@code expiresAt} on, the record no longer counts and the key is free. */
    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** An in-progress claim whose lock has run out: the request that held it is presumed dead. */
    public boolean isAbandoned(Instant now) {
        return state == IdempotencyState.IN_PROGRESS && !now.isBefore(lockedUntil);
    }

    /** Whether a new request may replace this record (it expired, or its claim was abandoned). */
    public boolean canBeTakenOver(Instant now) {
        return isExpired(now) || isAbandoned(now);
    }
}
