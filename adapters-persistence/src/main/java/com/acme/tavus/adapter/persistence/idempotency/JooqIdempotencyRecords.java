package com.acme.tavus.adapter.persistence.idempotency;

import static com.acme.tavus.adapter.persistence.jooq.Tables.IDEMPOTENCY_KEYS;

import com.acme.tavus.adapter.persistence.UniqueViolations;
import com.acme.tavus.adapter.persistence.jooq.tables.records.IdempotencyKeysRecord;
import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.idempotency.IdempotencyRecord;
import com.acme.tavus.domain.idempotency.IdempotencyState;
import com.acme.tavus.domain.idempotency.RequestFingerprint;
import com.acme.tavus.domain.idempotency.StoredResponse;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link IdempotencyRecords} in the {@code idempotency_keys} table. Every method is one SQL
 * statement, committed on its own (no surrounding transaction), on the bounded-elastic scheduler.
 *
 * <p>Atomicity comes from the database, so it holds across instances: a claim is an
 * {@code INSERT} that the primary key (owner, key) lets exactly one concurrent request make (the
 * others wait for it to commit, then fail with a unique violation, read here as "taken", whatever
 * exception wraps it: see {@link UniqueViolations}); take-over,
 * completion and release are {@code UPDATE}/{@code DELETE}s conditioned on the claim token (and
 * state) read before, so of two requests racing on one record only one changes it.
 *
 * <p>Timestamps are stored in UTC, truncated to microseconds; the response body as bytes.
 */
public final class JooqIdempotencyRecords implements IdempotencyRecords {

    private final DSLContext dsl;

    public JooqIdempotencyRecords(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Boolean> claim(IdempotencyRecord claim) {
        Objects.requireNonNull(claim, "claim");
        return onJdbcThread(() -> {
            try {
                dsl.insertInto(IDEMPOTENCY_KEYS).set(toRow(claim)).execute();
                return true;
            } catch (RuntimeException error) {
                if (UniqueViolations.isUniqueViolation(error)) {
                    return false;
                }
                throw error;
            }
        });
    }

    @Override
    public Mono<IdempotencyRecord> find(Actor owner, IdempotencyKey key) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        return onJdbcThread(() -> dsl.selectFrom(IDEMPOTENCY_KEYS)
                .where(slot(owner, key))
                .fetchOptional()
                .map(JooqIdempotencyRecords::toDomain)
                .orElse(null));
    }

    @Override
    public Mono<Boolean> takeOver(IdempotencyRecord seen, IdempotencyRecord claim) {
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(claim, "claim");
        if (!seen.owner().equals(claim.owner()) || !seen.key().equals(claim.key())) {
            return Mono.error(new IllegalArgumentException("a take-over keeps the owner and the key"));
        }
        return onJdbcThread(() -> dsl.update(IDEMPOTENCY_KEYS)
                .set(withoutSlot(toRow(claim)))
                .where(slot(seen.owner(), seen.key()))
                .and(IDEMPOTENCY_KEYS.CLAIM_TOKEN.eq(seen.claimToken()))
                .execute() == 1);
    }

    @Override
    public Mono<Boolean> complete(IdempotencyRecord completed) {
        Objects.requireNonNull(completed, "completed");
        if (!completed.isCompleted()) {
            return Mono.error(new IllegalArgumentException("complete() takes a completed record"));
        }
        var response = completed.response();
        return onJdbcThread(() -> dsl.update(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.STATE, IdempotencyState.COMPLETED.value())
                .setNull(IDEMPOTENCY_KEYS.LOCKED_UNTIL)
                .set(IDEMPOTENCY_KEYS.RESPONSE_STATUS, response.status())
                .set(IDEMPOTENCY_KEYS.RESPONSE_CONTENT_TYPE, response.contentType())
                .set(IDEMPOTENCY_KEYS.RESPONSE_LOCATION, response.location())
                .set(IDEMPOTENCY_KEYS.RESPONSE_BODY, response.body())
                .where(heldBy(completed))
                .execute() == 1);
    }

    @Override
    public Mono<Void> release(IdempotencyRecord claim) {
        Objects.requireNonNull(claim, "claim");
        return onJdbcThread(() -> dsl.deleteFrom(IDEMPOTENCY_KEYS).where(heldBy(claim)).execute()).then();
    }

    @Override
    public Mono<Integer> purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return onJdbcThread(() -> dsl.deleteFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.EXPIRES_AT.le(toColumn(now)))
                .execute());
    }

    private static Condition slot(Actor owner, IdempotencyKey key) {
        return IDEMPOTENCY_KEYS.OWNER_NAME.eq(owner.name()).and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key.value()));
    }

    /** The row is still the in-progress claim {@code claim} made. */
    private static Condition heldBy(IdempotencyRecord claim) {
        return slot(claim.owner(), claim.key())
                .and(IDEMPOTENCY_KEYS.CLAIM_TOKEN.eq(claim.claimToken()))
                .and(IDEMPOTENCY_KEYS.STATE.eq(IdempotencyState.IN_PROGRESS.value()));
    }

    private static IdempotencyKeysRecord toRow(IdempotencyRecord record) {
        var row = new IdempotencyKeysRecord();
        row.setOwnerName(record.owner().name());
        row.setIdempotencyKey(record.key().value());
        row.setClaimToken(record.claimToken());
        row.setRequestSha256(record.fingerprint().sha256());
        row.setState(record.state().value());
        row.setCreatedAt(toColumn(record.createdAt()));
        row.setExpiresAt(toColumn(record.expiresAt()));
        row.setLockedUntil(toColumn(record.lockedUntil()));
        var response = record.response();
        row.setResponseStatus(response == null ? null : response.status());
        row.setResponseContentType(response == null ? null : response.contentType());
        row.setResponseLocation(response == null ? null : response.location());
        row.setResponseBody(response == null ? null : response.body());
        return row;
    }

    /** For an update: every column but the primary key, which stays as it is. */
    private static IdempotencyKeysRecord withoutSlot(IdempotencyKeysRecord row) {
        row.changed(IDEMPOTENCY_KEYS.OWNER_NAME, false);
        row.changed(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, false);
        return row;
    }

    private static IdempotencyRecord toDomain(IdempotencyKeysRecord row) {
        var state = IdempotencyState.fromValue(row.getState());
        var response = state == IdempotencyState.COMPLETED
                ? new StoredResponse(row.getResponseStatus(), row.getResponseContentType(), row.getResponseLocation(),
                        row.getResponseBody())
                : null;
        return new IdempotencyRecord(
                new Actor(row.getOwnerName()),
                IdempotencyKey.of(row.getIdempotencyKey()),
                new RequestFingerprint(row.getRequestSha256()),
                row.getClaimToken(),
                state,
                row.getCreatedAt().toInstant(),
                row.getExpiresAt().toInstant(),
                row.getLockedUntil() == null ? null : row.getLockedUntil().toInstant(),
                response);
    }

    private static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** Defers {@code work} to subscription time and runs it where blocking is allowed; null → empty. */
    private static <T> Mono<T> onJdbcThread(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
