package com.acme.tavus.application.idempotency;

import com.acme.tavus.application.idempotency.port.in.HandleIdempotentRequestUseCase;
import com.acme.tavus.application.idempotency.port.in.PurgeIdempotencyKeysUseCase;
import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.domain.idempotency.IdempotencyRecord;
import com.acme.tavus.domain.idempotency.StoredResponse;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Claims a key by storing an in-progress record (the store lets exactly one claim of a key win),
 * serves the request, then remembers a success or frees the key. A request that finds the key
 * taken reads the record: a completed record for the same request is replayed, one for another
 * request is refused, an expired record or an abandoned claim is taken over, and a claim still
 * being served is polled with a growing pause (10 ms doubling to 250 ms) until it is answered,
 * freed, or {@link IdempotencySettings#maxWait()} has passed.
 *
 * <p>Bookkeeping failures after the request was served (remembering or freeing the key) are
 * logged and do not change the answer: the client gets what was done; at worst the key stays
 * claimed until its lease runs out.
 */
public final class IdempotencyService implements HandleIdempotentRequestUseCase, PurgeIdempotencyKeysUseCase {

    static final Duration FIRST_PAUSE = Duration.ofMillis(10);
    static final Duration LONGEST_PAUSE = Duration.ofMillis(250);
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(IdempotencyService.class.getName());

    private final IdempotencyRecords records;
    private final IdempotencySettings settings;
    private final IdGenerator ids;
    private final Clock clock;

    public IdempotencyService(IdempotencyRecords records, IdempotencySettings settings, IdGenerator ids, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<Outcome> handle(IdempotentRequest request, Supplier<Mono<StoredResponse>> action) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(action, "action");
        return Mono.defer(() -> claimOrFollow(request, action, Duration.ZERO));
    }

    @Override
    public Mono<Integer> purgeExpired() {
        return Mono.defer(() -> records.purgeExpired(clock.instant()));
    }

    private Mono<Outcome> claimOrFollow(IdempotentRequest request, Supplier<Mono<StoredResponse>> action,
            Duration waited) {
        var claim = newClaim(request);
        return records.claim(claim)
                .flatMap(won -> won ? serve(claim, action) : follow(request, action, waited));
    }

    /** The key is taken: replay, refuse, take over, or wait, depending on the record found. */
    private Mono<Outcome> follow(IdempotentRequest request, Supplier<Mono<StoredResponse>> action, Duration waited) {
        return records.find(request.caller(), request.key())
                .flatMap(found -> {
                    if (found.canBeTakenOver(clock.instant())) {
                        var claim = newClaim(request);
                        return records.takeOver(found, claim)
                                .flatMap(won -> won ? serve(claim, action) : pauseThenRetry(request, action, waited));
                    }
                    if (!found.isFor(request.fingerprint())) {
                        return Mono.error(new IdempotencyKeyReused(request.key()));
                    }
                    if (found.isCompleted()) {
                        return Mono.just(new Outcome(found.response(), true));
                    }
                    return pauseThenRetry(request, action, waited);
                })
                // Freed between our claim and our look: claim it again.
                .switchIfEmpty(Mono.defer(() -> pauseThenRetry(request, action, waited)));
    }

    private Mono<Outcome> pauseThenRetry(IdempotentRequest request, Supplier<Mono<StoredResponse>> action,
            Duration waited) {
        if (waited.compareTo(settings.maxWait()) >= 0) {
            return Mono.error(new IdempotencyKeyInUse(request.key(), RETRY_AFTER));
        }
        var pause = pauseAfter(waited);
        return Mono.delay(pause).then(Mono.defer(() -> claimOrFollow(request, action, waited.plus(pause))));
    }

    /** 10 ms, 10 ms, 20 ms, 40 ms, ...: about as long as waited so far, within [10 ms, 250 ms]. */
    static Duration pauseAfter(Duration waited) {
        if (waited.compareTo(FIRST_PAUSE) < 0) {
            return FIRST_PAUSE;
        }
        return waited.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : waited;
    }

    /** This request holds the claim: serve it, then remember the answer or free the key. */
    private Mono<Outcome> serve(IdempotencyRecord claim, Supplier<Mono<StoredResponse>> action) {
        return Mono.defer(action)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("the request produced no answer")))
                .onErrorResume(error -> release(claim).then(Mono.error(error)))
                .flatMap(response -> remember(claim, response).thenReturn(new Outcome(response, false)))
                // The client went away mid-request: free the key rather than hold it for the lease.
                .doOnCancel(() -> release(claim).subscribe());
    }

    private Mono<Void> remember(IdempotencyRecord claim, StoredResponse response) {
        if (!response.isRemembered()) {
            return release(claim);
        }
        return records.complete(claim.completedWith(response))
                .doOnNext(stored -> {
                    if (!stored) {
                        LOG.log(Level.WARNING, "Idempotency key of {0} lost its claim before it was answered; "
                                + "the answer is not remembered", claim.owner().name());
                    }
                })
                .onErrorResume(error -> {
                    LOG.log(Level.WARNING, "Could not remember the answer for an idempotency key of {0}: {1}",
                            claim.owner().name(), error.toString());
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Void> release(IdempotencyRecord claim) {
        return records.release(claim).onErrorResume(error -> {
            LOG.log(Level.WARNING, "Could not free an idempotency key of {0} (it frees itself when its lease "
                    + "runs out): {1}", claim.owner().name(), error.toString());
            return Mono.empty();
        });
    }

    private IdempotencyRecord newClaim(IdempotentRequest request) {
        return IdempotencyRecord.claim(request.caller(), request.key(), request.fingerprint(), ids.newId(),
                clock.instant(), settings.ttl(), settings.lease());
    }
}
