package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
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
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every {@link IdempotencyRecords} must do, as tests: extend it and supply the store under
 * test; the contract runs against the jOOQ adapter on H2 and PostgreSQL and against the
 * memory adapter and the application's in-memory fake. The concurrency cases are the point: many requests racing for one
 * key, exactly one wins.
 *
 * <p>The tests share one store and never clean it: each uses fresh random keys, and times are
 * around {@link #T0} (2026), except the purge test, which works in the year 2000 so it sees only
 * its own records as expired.
 */
public abstract class IdempotencyRecordsContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
    protected static final Duration TTL = Duration.ofHours(24);
    protected static final Duration LEASE = Duration.ofMinutes(2);
    protected static final Actor TEAM_A = new Actor("team-a");
    protected static final Actor TEAM_B = new Actor("team-b");

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int RACERS = 12;

    /** The store under test; may be a new instance on every call, over the same data. */
    protected abstract IdempotencyRecords records();

    // ---------------------------------------------------------------- claim + find

    @Test
    void claimThenFind_roundTripsEveryField() {
        var claim = claim(TEAM_A, newKey(), "{\"a\":1}", T0);

        assertThat(claim(claim)).isTrue();

        assertThat(find(TEAM_A, claim.key())).isEqualTo(claim);
    }

    @Test
    void secondClaimOfAKey_isRefused_andKeepsTheFirst() {
        var key = newKey();
        var first = claim(TEAM_A, key, "{\"a\":1}", T0);
        claim(first);

        assertThat(claim(claim(TEAM_A, key, "{\"a\":2}", T0.plusSeconds(1)))).isFalse();

        assertThat(find(TEAM_A, key)).isEqualTo(first);
    }

    @Test
    void sameKeyOfAnotherOwner_isAnotherRecord() {
        var key = newKey();
        var mine = claim(TEAM_A, key, "{\"a\":1}", T0);
        var theirs = claim(TEAM_B, key, "{\"a\":1}", T0);

        assertThat(claim(mine)).isTrue();
        assertThat(claim(theirs)).isTrue();

        assertThat(find(TEAM_A, key)).isEqualTo(mine);
        assertThat(find(TEAM_B, key)).isEqualTo(theirs);
    }

    @Test
    void keysAreComparedExactly_caseIncluded() {
        var lower = claim(TEAM_A, IdempotencyKey.of("key-" + UUID.randomUUID()), "{}", T0);
        var upper = claim(TEAM_A, IdempotencyKey.of(lower.key().value().toUpperCase()), "{}", T0);

        assertThat(claim(lower)).isTrue();
        assertThat(claim(upper)).isTrue();
    }

    @Test
    void findOfAnUnknownKey_isEmpty() {
        StepVerifier.create(records().find(TEAM_A, newKey())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void claimDoesNothingUntilSubscribed() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);

        var pending = records().claim(claim);
        assertThat(records().find(TEAM_A, claim.key()).blockOptional(TIMEOUT)).isEmpty();

        assertThat(pending.block(TIMEOUT)).isTrue();
        assertThat(find(TEAM_A, claim.key())).isEqualTo(claim);
    }

    @Test
    void manyConcurrentClaimsOfOneKey_exactlyOneWins() throws Exception {
        var key = newKey();
        var claims = new ArrayList<IdempotencyRecord>();
        for (var i = 0; i < RACERS; i++) {
            claims.add(claim(TEAM_A, key, "{\"racer\":" + i + "}", T0));
        }

        var results = Concurrently.run(
                claims.stream().<Callable<Boolean>>map(c -> () -> records().claim(c).block(TIMEOUT)).toList(), TIMEOUT);

        assertThat(results).containsOnlyOnce(true);
        var winner = claims.get(results.indexOf(true));
        assertThat(find(TEAM_A, key)).isEqualTo(winner);
    }

    // ---------------------------------------------------------------- complete

    @Test
    void complete_storesTheAnswer_andDropsTheLock() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        claim(claim);
        var answer = new StoredResponse(201, "application/json;charset=UTF-8", "/tavus-api-calls/conversations/c1/",
                "{\"conversation_id\":\"c1\",\"name\":\"caf\u00e9 \u2713\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(records().complete(claim.completedWith(answer)).block(TIMEOUT)).isTrue();

        var found = find(TEAM_A, claim.key());
        assertThat(found).isEqualTo(claim.completedWith(answer));
        assertThat(found.state()).isEqualTo(IdempotencyState.COMPLETED);
        assertThat(found.lockedUntil()).isNull();
    }

    @Test
    void complete_keepsAnyBodyByteForByte_andAbsentHeadersAbsent() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        claim(claim);
        var bytes = new byte[256];
        for (var i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        var answer = new StoredResponse(200, null, null, bytes);

        records().complete(claim.completedWith(answer)).block(TIMEOUT);

        assertThat(find(TEAM_A, claim.key()).response()).isEqualTo(answer);
    }

    @Test
    void complete_ofAnEmptyBody_readsBackEmpty() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        claim(claim);
        var answer = new StoredResponse(204, null, null, new byte[0]);

        records().complete(claim.completedWith(answer)).block(TIMEOUT);

        assertThat(find(TEAM_A, claim.key()).response().body()).isEmpty();
    }

    @Test
    void complete_byAnotherClaimToken_changesNothing() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        claim(claim);
        var impostor = new IdempotencyRecord(claim.owner(), claim.key(), claim.fingerprint(), UUID.randomUUID(),
                IdempotencyState.IN_PROGRESS, claim.createdAt(), claim.expiresAt(), claim.lockedUntil(), null);

        assertThat(records().complete(impostor.completedWith(ok("c1"))).block(TIMEOUT)).isFalse();

        assertThat(find(TEAM_A, claim.key())).isEqualTo(claim);
    }

    @Test
    void complete_afterRelease_changesNothing() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        claim(claim);
        records().release(claim).block(TIMEOUT);

        assertThat(records().complete(claim.completedWith(ok("c1"))).block(TIMEOUT)).isFalse();

        assertThat(records().find(TEAM_A, claim.key()).blockOptional(TIMEOUT)).isEmpty();
    }

    @Test
    void completeTwice_storesTheFirstAnswerOnly() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        claim(claim);
        records().complete(claim.completedWith(ok("c1"))).block(TIMEOUT);

        assertThat(records().complete(claim.completedWith(ok("c2"))).block(TIMEOUT)).isFalse();

        assertThat(find(TEAM_A, claim.key()).response()).isEqualTo(ok("c1"));
    }

    // ---------------------------------------------------------------- release

    @Test
    void release_deletesTheClaim_soTheKeyCanBeClaimedAgain() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        claim(claim);

        records().release(claim).block(TIMEOUT);

        assertThat(records().find(TEAM_A, claim.key()).blockOptional(TIMEOUT)).isEmpty();
        assertThat(claim(claim(TEAM_A, claim.key(), "{}", T0))).isTrue();
    }

    @Test
    void release_ofACompletedRecord_orAnotherClaim_changesNothing() {
        var completed = claim(TEAM_A, newKey(), "{}", T0);
        claim(completed);
        records().complete(completed.completedWith(ok("c1"))).block(TIMEOUT);
        var held = claim(TEAM_A, newKey(), "{}", T0);
        claim(held);
        var impostor = claim(TEAM_A, held.key(), "{}", T0);

        records().release(completed).block(TIMEOUT);
        records().release(impostor).block(TIMEOUT);

        assertThat(find(TEAM_A, completed.key()).isCompleted()).isTrue();
        assertThat(find(TEAM_A, held.key())).isEqualTo(held);
    }

    // ---------------------------------------------------------------- take-over

    @Test
    void takeOver_replacesTheRecordSeen_withTheNewClaim() {
        var expired = claim(TEAM_A, newKey(), "{\"old\":true}", T0);
        claim(expired);
        records().complete(expired.completedWith(ok("c1"))).block(TIMEOUT);
        var seen = find(TEAM_A, expired.key());
        var fresh = claim(TEAM_A, expired.key(), "{\"new\":true}", T0.plus(TTL));

        assertThat(records().takeOver(seen, fresh).block(TIMEOUT)).isTrue();

        assertThat(find(TEAM_A, expired.key())).isEqualTo(fresh);
    }

    @Test
    void takeOver_ofARecordThatChangedSinceItWasSeen_changesNothing() {
        var abandoned = claim(TEAM_A, newKey(), "{}", T0);
        claim(abandoned);
        var first = claim(TEAM_A, abandoned.key(), "{}", T0.plus(LEASE));
        records().takeOver(abandoned, first).block(TIMEOUT);

        var late = claim(TEAM_A, abandoned.key(), "{}", T0.plus(LEASE));
        assertThat(records().takeOver(abandoned, late).block(TIMEOUT)).isFalse();

        assertThat(find(TEAM_A, abandoned.key())).isEqualTo(first);
    }

    @Test
    void takeOver_ofAMissingRecord_changesNothing() {
        var gone = claim(TEAM_A, newKey(), "{}", T0);

        assertThat(records().takeOver(gone, claim(TEAM_A, gone.key(), "{}", T0)).block(TIMEOUT)).isFalse();

        assertThat(records().find(TEAM_A, gone.key()).blockOptional(TIMEOUT)).isEmpty();
    }

    @Test
    void manyConcurrentTakeOversOfOneRecord_exactlyOneWins() throws Exception {
        var abandoned = claim(TEAM_A, newKey(), "{}", T0);
        claim(abandoned);
        var claims = new ArrayList<IdempotencyRecord>();
        for (var i = 0; i < RACERS; i++) {
            claims.add(claim(TEAM_A, abandoned.key(), "{\"racer\":" + i + "}", T0.plus(LEASE)));
        }

        var results = Concurrently.run(claims.stream()
                .<Callable<Boolean>>map(c -> () -> records().takeOver(abandoned, c).block(TIMEOUT)).toList(), TIMEOUT);

        assertThat(results).containsOnlyOnce(true);
        assertThat(find(TEAM_A, abandoned.key())).isEqualTo(claims.get(results.indexOf(true)));
    }

    // ---------------------------------------------------------------- purge

    @Test
    void purge_deletesExactlyTheRecordsExpiredAtThatTime() {
        var y2k = Instant.parse("2000-01-01T00:00:00Z");
        var expired = IdempotencyRecord.claim(TEAM_A, newKey(), fingerprint("{}"), UUID.randomUUID(), y2k,
                Duration.ofHours(1), Duration.ofMinutes(1));
        var expiringNow = IdempotencyRecord.claim(TEAM_A, newKey(), fingerprint("{}"), UUID.randomUUID(), y2k,
                Duration.ofHours(2), Duration.ofMinutes(1));
        var alive = IdempotencyRecord.claim(TEAM_B, newKey(), fingerprint("{}"), UUID.randomUUID(), y2k,
                Duration.ofHours(3), Duration.ofMinutes(1));
        claim(expired);
        claim(expiringNow);
        claim(alive);
        records().complete(expired.completedWith(ok("c1"))).block(TIMEOUT);

        assertThat(records().purgeExpired(y2k.plus(Duration.ofHours(2))).block(TIMEOUT)).isEqualTo(2);

        assertThat(records().find(TEAM_A, expired.key()).blockOptional(TIMEOUT)).isEmpty();
        assertThat(records().find(TEAM_A, expiringNow.key()).blockOptional(TIMEOUT)).isEmpty();
        assertThat(find(TEAM_B, alive.key())).isEqualTo(alive);
    }

    // ---------------------------------------------------------------- helpers

    protected static IdempotencyKey newKey() {
        return IdempotencyKey.of("key-" + UUID.randomUUID());
    }

    protected static IdempotencyRecord claim(Actor owner, IdempotencyKey key, String body, Instant now) {
        return IdempotencyRecord.claim(owner, key, fingerprint(body), UUID.randomUUID(), now, TTL, LEASE);
    }

    protected static RequestFingerprint fingerprint(String body) {
        return RequestFingerprint.of("POST", "/tavus-api-calls/conversations", body.getBytes(StandardCharsets.UTF_8));
    }

    protected static StoredResponse ok(String id) {
        return new StoredResponse(200, "application/json", null,
                ("{\"conversation_id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    protected boolean claim(IdempotencyRecord claim) {
        return records().claim(claim).block(TIMEOUT);
    }

    /** The stored record; fails the test when there is none. */
    protected IdempotencyRecord find(Actor owner, IdempotencyKey key) {
        return records().find(owner, key).blockOptional(TIMEOUT)
                .orElseThrow(() -> new AssertionError("no record for " + key));
    }
}
