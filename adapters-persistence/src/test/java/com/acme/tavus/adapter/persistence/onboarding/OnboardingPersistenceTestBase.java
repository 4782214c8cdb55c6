package com.acme.tavus.adapter.persistence.onboarding;

import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.conversation.JooqCallbackLedger;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.adapter.persistence.testing.TranslatedErrors;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger.ReceivedCallback;
import com.acme.tavus.application.testing.contract.ContractFixtures;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What only a real database shows of the callback ledger, beyond {@code CallbackLedgerContract}: the
 * raw event row, a duplicate recognised also when a framework translates the database error, and a
 * failure after the effect was written rolling back event and effect together.
 */
abstract class OnboardingPersistenceTestBase {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract DSLContext dsl();



    @Test
    void record_storesTheRawEventRow_withPayloadAndTimestampsAsReceived() {
        var conversation = storedConversation();
        var callback = callback(conversation, "system.shutdown", "2026-03-01T10:10:00Z", "{\"a\": [1, 2]}");

        ledger().record(callback, c -> c.ended(Instant.parse("2026-03-01T10:10:00Z"), T0)).block(TIMEOUT);

        var stored = dsl().selectFrom(WEBHOOK_EVENTS).where(WEBHOOK_EVENTS.ID.eq(callback.id())).fetchSingle();
        assertThat(stored.getPayload()).as("kept byte for byte, not re-serialised").isEqualTo("{\"a\": [1, 2]}");
        assertThat(stored.getOutcome()).isEqualTo("applied");
        assertThat(stored.getDedupKey()).isEqualTo(callback.dedupKey());
        assertThat(stored.getTavusTrackingId()).isEqualTo(conversation.trackingId());
        assertThat(stored.getEventTimestamp().toInstant()).isEqualTo(Instant.parse("2026-03-01T10:10:00Z"));
        assertThat(stored.getReceivedAt().toInstant()).isEqualTo(T0);
    }


    @Test
    void record_redelivery_isADuplicate_alsoWhenAFrameworkTranslatesTheDatabaseError() {
        var ledger = new JooqCallbackLedger(TranslatedErrors.like(dsl()));
        var conversation = storedConversation();
        var callback = callback(conversation, "system.replica_joined", "2026-03-01T10:00:07Z", "{\"again\":true}");
        ledger.record(callback, c -> c.joined(T0)).block(TIMEOUT);

        var redelivered = new ReceivedCallback(UUID.randomUUID(), T0, callback.trackingId(), callback.conversationId(),
                callback.eventType(), callback.eventTimestamp(), callback.dedupKey(), callback.payloadHash(),
                callback.rawPayload(), true);

        assertThat(ledger.record(redelivered, c -> c.joined(T0)).block(TIMEOUT).outcome()).isEqualTo(Outcome.DUPLICATE);
    }



    @Test
    void record_failureAfterTheEffectWasWritten_rollsBackBothEventAndEffect() {
        var conversation = storedConversation();
        var callback = callback(conversation, "system.shutdown", "2026-03-01T10:10:00Z", "{\"late\":1}");
        var failOnOutcomeWrite = dsl().configuration().derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.sql() != null && ctx.sql().toLowerCase(Locale.ROOT).startsWith("update webhook_events")) {
                    throw new IllegalStateException("simulated failure after the effect was written");
                }
            }
        })).dsl();

        StepVerifier.create(new JooqCallbackLedger(failOnOutcomeWrite).record(callback,
                        c -> c.ended(Instant.parse("2026-03-01T10:10:00Z"), T0)))
                .expectError()
                .verify(TIMEOUT);

        assertThat(dsl().fetchCount(WEBHOOK_EVENTS, WEBHOOK_EVENTS.ID.eq(callback.id()))).isZero();
        var row = records().findByConversationId(conversation.conversationId()).block(TIMEOUT);
        assertThat(row.status()).isEqualTo(TrackingStatus.CREATED);
        assertThat(row.completedAt()).isNull();
    }




    private JooqCallbackLedger ledger() {
        return new JooqCallbackLedger(dsl());
    }

    private JooqConversationRecords records() {
        return new JooqConversationRecords(dsl());
    }

    private TrackedConversation storedConversation() {
        var record = ContractFixtures.trackedConversation(null, T0);
        records().add(record).block(TIMEOUT);
        return record;
    }

    private static ReceivedCallback callback(TrackedConversation c, String type, String timestamp, String payload) {
        return ContractFixtures.callback(c, type, timestamp, payload, T0);
    }
}
