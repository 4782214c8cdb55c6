package com.acme.tavus.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.idempotency.port.in.HandleIdempotentRequestUseCase.IdempotentRequest;
import com.acme.tavus.application.idempotency.port.in.HandleIdempotentRequestUseCase.Outcome;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.testing.InMemoryIdempotencyRecords;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.idempotency.IdempotencyRecord;
import com.acme.tavus.domain.idempotency.IdempotencyState;
import com.acme.tavus.domain.idempotency.RequestFingerprint;
import com.acme.tavus.domain.idempotency.StoredResponse;
import com.acme.tavus.domain.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class IdempotencyServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Actor TEAM_A = new Actor("team-a");
    private static final Actor TEAM_B = new Actor("team-b");
    private static final IdempotencyKey KEY = IdempotencyKey.of("6f1c1a0e-3b1f-4c1e-9a53-0d1f5e8b2c77");
    private static final RequestFingerprint CREATE_A = fingerprint("{\"name\":\"a\"}");
    private static final RequestFingerprint CREATE_B = fingerprint("{\"name\":\"b\"}");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final IdempotencyService service = service(Duration.ofSeconds(5));
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void firstRequest_isServed_andItsSuccessRemembered() {
        var outcome = handle(TEAM_A, CREATE_A, answering(created("c1")));

        assertThat(outcome).isEqualTo(new Outcome(created("c1"), false));
        assertThat(calls).hasValue(1);
        assertThat(records.all()).singleElement().satisfies(record -> {
            assertThat(record.state()).isEqualTo(IdempotencyState.COMPLETED);
            assertThat(record.response()).isEqualTo(created("c1"));
            assertThat(record.expiresAt()).isEqualTo(T0.plus(TTL));
        });
    }

    @Test
    void sameRequestAgain_replaysTheFirstAnswer_withoutServingIt() {
        handle(TEAM_A, CREATE_A, answering(created("c1")));
        clock.advance(TTL.minusSeconds(1));

        var again = handle(TEAM_A, CREATE_A, answering(created("c2")));

        assertThat(again).isEqualTo(new Outcome(created("c1"), true));
        assertThat(calls).hasValue(1);
    }

    @Test
    void differentRequestUnderTheKey_isRefused_andNotServed() {
        handle(TEAM_A, CREATE_A, answering(created("c1")));

        assertThatThrownBy(() -> handle(TEAM_A, CREATE_B, answering(created("c2"))))
                .isInstanceOf(IdempotencyKeyReused.class)
                .hasMessage("Idempotency-Key '" + KEY.value() + "' was used with a different request; "
                        + "send a new key for a new request");
        assertThat(calls).hasValue(1);
    }

    @Test
    void anotherCallersKey_isItsOwn_andNeverSeesTheFirstAnswer() {
        handle(TEAM_A, CREATE_A, answering(created("c1")));

        var other = handle(TEAM_B, CREATE_A, answering(created("c2")));

        assertThat(other).isEqualTo(new Outcome(created("c2"), false));
        assertThat(calls).hasValue(2);
        assertThat(records.all()).hasSize(2);
    }

    @Test
    void errorAnswer_isPassedOn_andFreesTheKeyForARetry() {
        var unavailable = new StoredResponse(503, "application/json", null, bytes("{\"error\":\"Tavus is unavailable\"}"));

        assertThat(handle(TEAM_A, CREATE_A, answering(unavailable))).isEqualTo(new Outcome(unavailable, false));
        assertThat(records.all()).isEmpty();

        assertThat(handle(TEAM_A, CREATE_A, answering(created("c1")))).isEqualTo(new Outcome(created("c1"), false));
        assertThat(calls).hasValue(2);
    }

    @Test
    void clientError_freesTheKey_soACorrectedRequestMayUseIt() {
        var invalid = new StoredResponse(400, "application/json", null, bytes("{\"error\":\"name: too long\"}"));
        handle(TEAM_A, CREATE_A, answering(invalid));

        var corrected = handle(TEAM_A, CREATE_B, answering(created("c1")));

        assertThat(corrected).isEqualTo(new Outcome(created("c1"), false));
    }

    @Test
    void failure_isSignalled_andFreesTheKey() {
        StepVerifier.create(service.handle(request(TEAM_A, CREATE_A),
                        () -> Mono.error(new IllegalStateException("connection reset"))))
                .expectErrorMessage("connection reset")
                .verify(TIMEOUT);

        assertThat(records.all()).isEmpty();
    }

    @Test
    void actionWithoutAnswer_isAFailure_andFreesTheKey() {
        StepVerifier.create(service.handle(request(TEAM_A, CREATE_A), Mono::empty))
                .expectError(IllegalStateException.class)
                .verify(TIMEOUT);

        assertThat(records.all()).isEmpty();
    }

    @Test
    void concurrentRepeats_waitForTheFirst_andReplayItsAnswer() {
        Supplier<Mono<StoredResponse>> slowCreate = () -> {
            var n = calls.incrementAndGet();
            return Mono.delay(Duration.ofMillis(100)).thenReturn(created("c" + n));
        };

        var outcomes = Flux.range(0, 8)
                .flatMap(i -> service.handle(request(TEAM_A, CREATE_A), slowCreate))
                .collectList()
                .block(TIMEOUT);

        assertThat(calls).hasValue(1);
        assertThat(outcomes).hasSize(8).allSatisfy(o -> assertThat(o.response()).isEqualTo(created("c1")));
        assertThat(outcomes).filteredOn(o -> !o.replayed()).hasSize(1);
    }

    @Test
    void repeatWaitingForAFirstThatFails_isServedItself() {
        var first = Sinks.<StoredResponse>one();
        var firstOutcome = service.handle(request(TEAM_A, CREATE_A), first::asMono).toFuture();
        var repeat = service.handle(request(TEAM_A, CREATE_A), answering(created("c2"))).toFuture();

        first.tryEmitError(new IllegalStateException("Tavus timed out"));

        assertThat(firstOutcome).failsWithin(TIMEOUT);
        assertThat(repeat).succeedsWithin(TIMEOUT).isEqualTo(new Outcome(created("c2"), false));
        assertThat(calls).hasValue(1);
    }

    @Test
    void differentRequestWhileTheFirstIsInProgress_isRefusedAtOnce() {
        service.handle(request(TEAM_A, CREATE_A), () -> Mono.never()).subscribe();

        assertThatThrownBy(() -> handle(TEAM_A, CREATE_B, answering(created("c2"))))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void repeatThatWaitedTooLong_isTold409WithRetryAfter() {
        var patient = service(Duration.ofSeconds(2));
        patient.handle(request(TEAM_A, CREATE_A), Mono::never).subscribe();

        StepVerifier.withVirtualTime(() -> patient.handle(request(TEAM_A, CREATE_A), answering(created("c2"))))
                .thenAwait(Duration.ofSeconds(3))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(IdempotencyKeyInUse.class)
                        .hasMessageContaining("is still in progress")
                        .satisfies(e -> assertThat(((IdempotencyKeyInUse) e).retryAfter())
                                .isEqualTo(Duration.ofSeconds(1))))
                .verify(TIMEOUT);
        assertThat(calls).hasValue(0);
    }

    @Test
    void abandonedClaim_isTakenOverOnceItsLeaseRunsOut() {
        var dead = IdempotencyRecord.claim(TEAM_A, KEY, CREATE_A, UUID.randomUUID(), T0, TTL, LEASE);
        records.claim(dead).block(TIMEOUT);
        clock.advance(LEASE);

        var outcome = handle(TEAM_A, CREATE_A, answering(created("c1")));

        assertThat(outcome).isEqualTo(new Outcome(created("c1"), false));
        assertThat(records.all()).singleElement().satisfies(record -> {
            assertThat(record.claimToken()).isNotEqualTo(dead.claimToken());
            assertThat(record.isCompleted()).isTrue();
        });
    }

    @Test
    void expiredKey_isFreeAgain_evenForADifferentRequest() {
        handle(TEAM_A, CREATE_A, answering(created("c1")));
        clock.advance(TTL);

        var outcome = handle(TEAM_A, CREATE_B, answering(created("c2")));

        assertThat(outcome).isEqualTo(new Outcome(created("c2"), false));
        assertThat(records.all()).singleElement().satisfies(record -> {
            assertThat(record.fingerprint()).isEqualTo(CREATE_B);
            assertThat(record.expiresAt()).isEqualTo(T0.plus(TTL).plus(TTL));
        });
    }

    @Test
    void purge_deletesOnlyExpiredRecords() {
        handle(TEAM_A, CREATE_A, answering(created("c1")));
        clock.advance(Duration.ofHours(1));
        handle(TEAM_B, CREATE_A, answering(created("c2")));
        clock.advance(TTL.minusHours(1));

        assertThat(service.purgeExpired().block(TIMEOUT)).isEqualTo(1);
        assertThat(records.all()).singleElement().satisfies(r -> assertThat(r.owner()).isEqualTo(TEAM_B));
    }

    @Test
    void clientGoingAwayMidRequest_freesTheKey() {
        var subscription = service.handle(request(TEAM_A, CREATE_A), Mono::never).subscribe();
        assertThat(records.all()).hasSize(1);

        subscription.dispose();

        assertThat(records.all()).isEmpty();
    }

    @Test
    void failureToRememberTheAnswer_stillAnswersTheClient() {
        var broken = new InMemoryIdempotencyRecords() {
            @Override
            public Mono<Boolean> complete(IdempotencyRecord completed) {
                return Mono.error(new IllegalStateException("database went away"));
            }
        };
        var withBrokenStore = new IdempotencyService(broken, settings(Duration.ofSeconds(5)),
                IdGenerator.randomUuids(), clock);

        StepVerifier.create(withBrokenStore.handle(request(TEAM_A, CREATE_A), answering(created("c1"))))
                .expectNext(new Outcome(created("c1"), false))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void failureToClaim_isSignalled_andNothingIsServed() {
        var broken = new InMemoryIdempotencyRecords() {
            @Override
            public Mono<Boolean> claim(IdempotencyRecord claim) {
                return Mono.error(new IllegalStateException("database went away"));
            }
        };
        var withBrokenStore = new IdempotencyService(broken, settings(Duration.ofSeconds(5)),
                IdGenerator.randomUuids(), clock);

        StepVerifier.create(withBrokenStore.handle(request(TEAM_A, CREATE_A), answering(created("c1"))))
                .expectErrorMessage("database went away")
                .verify(TIMEOUT);
        assertThat(calls).hasValue(0);
    }

    @Test
    void pauses_growFromTenMillisecondsTo250() {
        var waited = Duration.ZERO;
        var pauses = new ArrayList<Long>();
        for (var i = 0; i < 8; i++) {
            var pause = IdempotencyService.pauseAfter(waited);
            pauses.add(pause.toMillis());
            waited = waited.plus(pause);
        }

        assertThat(pauses).containsExactly(10L, 10L, 20L, 40L, 80L, 160L, 250L, 250L);
    }

    @Test
    void settings_refuseALeaseThatOutlivesTheKey() {
        assertThatThrownBy(() -> new IdempotencySettings(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencySettings(TTL, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private IdempotencyService service(Duration maxWait) {
        return new IdempotencyService(records, settings(maxWait), IdGenerator.randomUuids(), clock);
    }

    private static IdempotencySettings settings(Duration maxWait) {
        return new IdempotencySettings(TTL, LEASE, maxWait);
    }

    private Outcome handle(Actor caller, RequestFingerprint fingerprint, Supplier<Mono<StoredResponse>> action) {
        return service.handle(request(caller, fingerprint), action).block(TIMEOUT);
    }

    private Supplier<Mono<StoredResponse>> answering(StoredResponse response) {
        return () -> Mono.fromSupplier(() -> {
            calls.incrementAndGet();
            return response;
        });
    }

    private static IdempotentRequest request(Actor caller, RequestFingerprint fingerprint) {
        return new IdempotentRequest(caller, KEY, fingerprint);
    }

    private static StoredResponse created(String id) {
        return new StoredResponse(200, "application/json", null, bytes("{\"conversation_id\":\"" + id + "\"}"));
    }

    private static RequestFingerprint fingerprint(String body) {
        return RequestFingerprint.of("POST", "/tavus-api-calls/conversations", bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
