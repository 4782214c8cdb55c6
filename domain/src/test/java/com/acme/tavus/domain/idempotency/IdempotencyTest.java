package com.acme.tavus.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"a", "6f1c1a0e-3b1f-4c1e-9a53-0d1f5e8b2c77", "!~{}[]:;,.<>?/\\|'\"`@#$%^&*()_+=-"})
    void key_acceptsVisibleAscii(String value) {
        assertThat(IdempotencyKey.of(value).value()).isEqualTo(value);
    }

    @Test
    void key_acceptsExactly255Characters() {
        assertThat(IdempotencyKey.of("k".repeat(255)).value()).hasSize(255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "tab\there", "new\nline", "caf\u00e9", "\u007f"})
    void key_refusesEmptySpacesControlAndNonAsciiCharacters(String value) {
        assertThatThrownBy(() -> IdempotencyKey.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Idempotency-Key: must be 1 to 255 visible ASCII characters");
    }

    @Test
    void key_refusesNullAnd256Characters() {
        assertThatThrownBy(() -> IdempotencyKey.of(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(256)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("Idempotency-Key"));
    }

    @Test
    void fingerprint_isTheSha256OfMethodRouteAndBody() {
        var fingerprint = RequestFingerprint.of("POST", "/r", new byte[0]);

        // printf 'POST\0/r\0' | sha256sum
        assertThat(fingerprint.sha256()).isEqualTo("09f663fb8b60f9980bd1c34714f08f92cbbefdacadeeea8f7a0ccd23f7e321ab");
        assertThat(RequestFingerprint.of("POST", "/r", new byte[0])).isEqualTo(fingerprint);
    }

    @Test
    void fingerprint_differsWhenMethodRouteOrBodyDiffers() {
        var base = RequestFingerprint.of("POST", "/tavus-api-calls/conversations", BODY);

        assertThat(RequestFingerprint.of("PUT", "/tavus-api-calls/conversations", BODY)).isNotEqualTo(base);
        assertThat(RequestFingerprint.of("POST", "/tavus-api-calls/personas", BODY)).isNotEqualTo(base);
        assertThat(RequestFingerprint.of("POST", "/tavus-api-calls/conversations", "{\"a\":2}".getBytes(
                StandardCharsets.UTF_8))).isNotEqualTo(base);
        // The separators keep a shifted split apart.
        assertThat(RequestFingerprint.of("POST", "/ab", new byte[] {'c'}))
                .isNotEqualTo(RequestFingerprint.of("POST", "/a", new byte[] {'b', 'c'}));
    }

    @Test
    void fingerprint_refusesAnythingButSixtyFourHexDigits() {
        assertThatThrownBy(() -> new RequestFingerprint("ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestFingerprint("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void response_successesAreRemembered(int status) {
        assertThat(new StoredResponse(status, null, null, null).isRemembered()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 408, 409, 422, 429, 500, 502, 503, 504})
    void response_errorsAreForgotten(int status) {
        assertThat(new StoredResponse(status, "application/json", null, BODY).isRemembered()).isFalse();
    }

    @Test
    void response_comparesBodiesByContentAndKeepsItsOwnCopy() {
        var body = BODY.clone();
        var response = new StoredResponse(200, "application/json", "/x/1", body);
        body[0] = 'X';
        response.body()[1] = 'Y';

        assertThat(response).isEqualTo(new StoredResponse(200, "application/json", "/x/1", BODY))
                .hasSameHashCodeAs(new StoredResponse(200, "application/json", "/x/1", BODY));
        assertThat(response.body()).isEqualTo(BODY);
        assertThat(response.toString()).contains("7 bytes").doesNotContain("\"a\"");
    }

    @Test
    void claim_isInProgressLockedForTheLeaseAndExpiresAfterTheTtl() {
        var claim = claim();

        assertThat(claim.state()).isEqualTo(IdempotencyState.IN_PROGRESS);
        assertThat(claim.lockedUntil()).isEqualTo(T0.plus(LEASE));
        assertThat(claim.expiresAt()).isEqualTo(T0.plus(TTL));
        assertThat(claim.isAbandoned(T0.plus(LEASE).minusNanos(1))).isFalse();
        assertThat(claim.isAbandoned(T0.plus(LEASE))).isTrue();
        assertThat(claim.canBeTakenOver(T0.plus(LEASE))).isTrue();
    }

    @Test
    void completed_keepsKeyAndExpiry_dropsTheLock_andIsNeverAbandoned() {
        var answer = new StoredResponse(200, "application/json", null, BODY);
        var completed = claim().completedWith(answer);

        assertThat(completed.isCompleted()).isTrue();
        assertThat(completed.response()).isEqualTo(answer);
        assertThat(completed.lockedUntil()).isNull();
        assertThat(completed.expiresAt()).isEqualTo(T0.plus(TTL));
        assertThat(completed.isAbandoned(T0.plus(TTL).minusSeconds(1))).isFalse();
        assertThat(completed.canBeTakenOver(T0.plus(TTL).minusNanos(1))).isFalse();
        assertThat(completed.isExpired(T0.plus(TTL))).isTrue();
        assertThat(completed.canBeTakenOver(T0.plus(TTL))).isTrue();
    }

    @Test
    void completed_refusesAnAnswerThatIsNotRemembered_andASecondCompletion() {
        var claim = claim();
        var ok = new StoredResponse(200, null, null, BODY);

        assertThatThrownBy(() -> claim.completedWith(new StoredResponse(503, null, null, BODY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> claim.completedWith(ok).completedWith(ok)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void record_isForTheRequestThatClaimedIt() {
        var claim = claim();

        assertThat(claim.isFor(RequestFingerprint.of("POST", "/r", BODY))).isTrue();
        assertThat(claim.isFor(RequestFingerprint.of("POST", "/r", new byte[0]))).isFalse();
    }

    @Test
    void record_refusesInconsistentStates() {
        var claim = claim();
        assertThatThrownBy(() -> new IdempotencyRecord(claim.owner(), claim.key(), claim.fingerprint(),
                claim.claimToken(), IdempotencyState.COMPLETED, T0, T0.plus(TTL), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencyRecord(claim.owner(), claim.key(), claim.fingerprint(),
                claim.claimToken(), IdempotencyState.IN_PROGRESS, T0, T0.plus(TTL), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencyRecord(claim.owner(), claim.key(), claim.fingerprint(),
                claim.claimToken(), IdempotencyState.IN_PROGRESS, T0, T0, T0.plus(LEASE), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdempotencyRecord.claim(claim.owner(), claim.key(), claim.fingerprint(),
                UUID.randomUUID(), T0, Duration.ZERO, LEASE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void state_roundTripsItsStoredForm() {
        for (var state : IdempotencyState.values()) {
            assertThat(IdempotencyState.fromValue(state.value())).isEqualTo(state);
        }
        assertThatThrownBy(() -> IdempotencyState.fromValue("done")).isInstanceOf(IllegalArgumentException.class);
    }

    private static IdempotencyRecord claim() {
        return IdempotencyRecord.claim(new Actor("team-a"), IdempotencyKey.of("key-1"),
                RequestFingerprint.of("POST", "/r", BODY), UUID.randomUUID(), T0, TTL, LEASE);
    }
}
