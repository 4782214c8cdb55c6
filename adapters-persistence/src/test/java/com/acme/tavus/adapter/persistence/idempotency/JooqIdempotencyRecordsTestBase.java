package com.acme.tavus.adapter.persistence.idempotency;

import static com.acme.tavus.adapter.persistence.jooq.Tables.IDEMPOTENCY_KEYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.testing.StatementThreads;
import com.acme.tavus.adapter.persistence.testing.TranslatedErrors;
import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.application.testing.contract.IdempotencyRecordsContract;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The port contract plus what is specific to the jOOQ adapter (stored forms, threading, and that
 * the records live in the database rather than in the adapter), for any database.
 */
public abstract class JooqIdempotencyRecordsTestBase extends IdempotencyRecordsContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    /**
     * A context on the same database through a connection pool of its own, as another instance of
     * the platform (or this one after a restart) would have.
     */
    protected abstract DSLContext anotherInstance();

    @Override
    protected IdempotencyRecords records() {
        return new JooqIdempotencyRecords(dsl());
    }

    @Test
    void recordsHoldAcrossInstances_aKeyClaimedAndAnsweredByOneIsTakenAndReplayedForAnother() {
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        var first = new JooqIdempotencyRecords(dsl());
        first.claim(claim).block(TIMEOUT);
        first.complete(claim.completedWith(ok("c1"))).block(TIMEOUT);

        var other = new JooqIdempotencyRecords(anotherInstance());

        assertThat(other.claim(claim(TEAM_A, claim.key(), "{}", T0)).block(TIMEOUT)).isFalse();
        assertThat(other.find(TEAM_A, claim.key()).block(TIMEOUT)).isEqualTo(claim.completedWith(ok("c1")));
    }

    @Test
    void aTakenKey_isReportedAsTaken_alsoWhenAFrameworkTranslatesTheDatabaseError() {
        var translated = new JooqIdempotencyRecords(TranslatedErrors.like(dsl()));
        var claim = claim(TEAM_A, newKey(), "{}", T0);
        translated.claim(claim).block(TIMEOUT);

        assertThat(translated.claim(claim(TEAM_A, claim.key(), "{}", T0)).block(TIMEOUT)).isFalse();
    }

    @Test
    void otherDatabaseErrors_areSignalled_notTakenForATakenKey() {
        var translated = new JooqIdempotencyRecords(TranslatedErrors.like(dsl()));
        var tooLongOwner = claim(new com.acme.tavus.domain.shared.Actor("o".repeat(200)), newKey(), "{}", T0);

        StepVerifier.create(translated.claim(tooLongOwner))
                .expectError(TranslatedErrors.Translated.class)
                .verify(TIMEOUT);
    }

    @Test
    void stateAndFingerprintAreStoredReadably_andTimesInUtcMicroseconds() {
        var withNanos = Instant.parse("2026-03-01T10:15:30.123456789Z");
        var claim = claim(TEAM_A, newKey(), "{}", withNanos);
        claim(claim);

        var row = dsl().selectFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(claim.key().value())).fetchSingle();
        assertThat(row.getState()).isEqualTo("in_progress");
        assertThat(row.getRequestSha256()).isEqualTo(claim.fingerprint().sha256());
        assertThat(row.getOwnerName()).isEqualTo("team-a");
        assertThat(row.getCreatedAt().toInstant()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
        assertThat(row.getResponseBody()).isNull();

        records().complete(claim.completedWith(ok("c1"))).block(TIMEOUT);
        assertThat(dsl().select(IDEMPOTENCY_KEYS.STATE).from(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(claim.key().value())).fetchSingle().value1())
                .isEqualTo("completed");
    }

    @Test
    void everyStatementRunsOnTheBoundedElasticScheduler() {
        var threads = new CopyOnWriteArrayList<String>();
        var listened = StatementThreads.recordedInto(dsl(), threads);
        var records = new JooqIdempotencyRecords(listened);
        var claim = claim(TEAM_A, newKey(), "{}", T0);

        records.claim(claim).block(TIMEOUT);
        records.claim(claim).block(TIMEOUT);
        records.find(TEAM_A, claim.key()).block(TIMEOUT);
        records.takeOver(claim, claim).block(TIMEOUT);
        records.complete(claim.completedWith(ok("c1"))).block(TIMEOUT);
        records.release(claim).block(TIMEOUT);
        records.purgeExpired(Instant.parse("1999-01-01T00:00:00Z")).block(TIMEOUT);

        assertThat(threads).hasSize(7).allSatisfy(name -> assertThat(name).startsWith("boundedElastic-"));
    }
}
