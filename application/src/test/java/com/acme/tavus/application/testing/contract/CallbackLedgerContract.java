package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger.ReceivedCallback;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.application.shared.SortKey;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every {@link CallbackLedger} (with the {@link WebhookEvents} that read what it stored) must
 * do, as tests: a callback and its effect on the record are kept together or not at all, a
 * redelivery is recorded once however many arrive at the same moment, and an event for a
 * conversation the platform does not track is kept as such. Extend it and supply the three ports
 * over one store; every test uses conversations of its own, so the store may be shared.
 */
public abstract class CallbackLedgerContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final int DELIVERIES = 8;

    protected abstract CallbackLedger ledger();

    /** Reads the events {@link #ledger()} stored. */
    protected abstract WebhookEvents events();

    /** The conversation records {@link #ledger()} changes; used to set up and check records. */
    protected abstract ConversationRecords records();

    @Test
    void record_appliesTheEffect_andStoresTheRawEventWithItsOutcome() {
        var conversation = storedConversation();
        var callback = callback(conversation, "system.shutdown", "2026-03-01T10:10:00Z", "{\"a\":1}");

        var recorded = ledger().record(callback, c -> c.ended(Instant.parse("2026-03-01T10:10:00Z"), T0)
                .withTranscript(List.of(new TranscriptLine("user", "Hi")), T0)).block(TIMEOUT);

        assertThat(recorded.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(recorded.changed().status()).isEqualTo(TrackingStatus.COMPLETED);
        var row = records().findByConversationId(conversation.conversationId()).block(TIMEOUT);
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.transcriptLines()).containsExactly(new TranscriptLine("user", "Hi"));
        var stored = events().findById(callback.id()).block(TIMEOUT);
        assertThat(stored.payload()).isEqualTo("{\"a\":1}");
        assertThat(stored.outcome()).isEqualTo("applied");
        assertThat(stored.eventType()).isEqualTo("system.shutdown");
        assertThat(stored.trackingId()).isEqualTo(conversation.trackingId());
        assertThat(stored.eventTimestamp()).isEqualTo(Instant.parse("2026-03-01T10:10:00Z"));
    }

    @Test
    void record_ofTheSameCallbackDeliveredEightTimesAtOnce_appliesItOnce() throws Exception {
        var conversation = storedConversation();
        var effects = new AtomicInteger();
        var callback = callback(conversation, "system.replica_joined", "2026-03-01T10:00:05Z", "{\"same\":true}");

        var outcomes = Concurrently.times(DELIVERIES, () -> ledger().record(redelivery(callback), c -> {
            effects.incrementAndGet();
            return c.joined(T0);
        }).block(TIMEOUT).outcome(), TIMEOUT);

        assertThat(outcomes).containsOnlyOnce(Outcome.APPLIED)
                .filteredOn(outcome -> outcome != Outcome.APPLIED).containsOnly(Outcome.DUPLICATE);
        assertThat(eventsOf(conversation)).hasSize(1);
        assertThat(records().findByConversationId(conversation.conversationId()).block(TIMEOUT).status())
                .isEqualTo(TrackingStatus.ACTIVE);
    }

    @Test
    void record_ofTheSamePayloadUnderAnotherDedupKey_isADuplicate() {
        var conversation = storedConversation();
        ledger().record(callback(conversation, "system.replica_joined", "2026-03-01T10:00:05Z", "{\"p\":1}"), c -> c)
                .block(TIMEOUT);
        var samePayload = callback(conversation, "system.replica_joined", "2026-03-01T10:00:06Z", "{\"p\":1}");

        assertThat(ledger().record(samePayload, c -> c).block(TIMEOUT).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(events().findById(samePayload.id()).block(TIMEOUT)).isNull();
    }

    @Test
    void record_whoseEffectFails_storesNothing_signalsTheError_andTheRedeliveryApplies() {
        var conversation = storedConversation();
        var callback = callback(conversation, "system.shutdown", "2026-03-01T10:10:00Z", "{\"fail\":1}");

        StepVerifier.create(ledger().record(callback, c -> {
                    throw new IllegalStateException("effect failed");
                }))
                .expectError(IllegalStateException.class)
                .verify(TIMEOUT);

        assertThat(events().findById(callback.id()).block(TIMEOUT)).isNull();
        assertThat(records().findByConversationId(conversation.conversationId()).block(TIMEOUT).status())
                .isEqualTo(TrackingStatus.CREATED);
        assertThat(ledger().record(callback, c -> c.ended(T0.plusSeconds(600), T0)).block(TIMEOUT).outcome())
                .isEqualTo(Outcome.APPLIED);
    }

    @Test
    void record_whoseTrackingIdBelongsToAnotherConversation_isUnknown_andChangesNothing() {
        var x = storedConversation();
        var y = storedConversation();
        var mismatched = new ReceivedCallback(UUID.randomUUID(), T0, y.trackingId(), x.conversationId().value(),
                "system.replica_joined", T0, "k-" + UUID.randomUUID(), UUID.randomUUID().toString(), "{}", true);

        var recorded = ledger().record(mismatched, c -> c.joined(T0)).block(TIMEOUT);

        assertThat(recorded.outcome()).isEqualTo(Outcome.UNKNOWN_CONVERSATION);
        assertThat(recorded.changed()).isNull();
        assertThat(events().findById(mismatched.id()).block(TIMEOUT).outcome()).isEqualTo("unknown_conversation");
        assertThat(records().findByConversationId(x.conversationId()).block(TIMEOUT).status())
                .isEqualTo(TrackingStatus.CREATED);
    }

    @Test
    void update_appliesTheChange_andIsEmptyWhenNothingChangesOrThereIsNoRecord() {
        var conversation = storedConversation();

        var changed = ledger().update(conversation.conversationId(), c -> c.joined(T0)).block(TIMEOUT);
        var unchanged = ledger().update(conversation.conversationId(), c -> c).block(TIMEOUT);

        assertThat(changed.status()).isEqualTo(TrackingStatus.ACTIVE);
        assertThat(unchanged).isNull();
        assertThat(ledger().update(ConversationId.of("cnothere"), c -> c.joined(T0)).block(TIMEOUT)).isNull();
    }

    @Test
    void events_listByConversation_inTheOrderAsked_andAnUnknownIdIsEmpty() {
        var conversation = storedConversation();
        var joined = callback(conversation, "system.replica_joined", "2026-03-01T10:00:05Z", "{\"j\":1}");
        var shutdown = callback(conversation, "system.shutdown", "2026-03-01T10:09:00Z", "{\"s\":1}");
        ledger().record(joined, c -> c.joined(T0)).block(TIMEOUT);
        ledger().record(shutdown, c -> c.ended(T0.plusSeconds(540), T0)).block(TIMEOUT);

        var query = RecordQuery.<WebhookEvent.Attribute>firstPage(10)
                .and(new Criterion.Equal<>(WebhookEvent.Attribute.CONVERSATION_ID, conversation.conversationId().value()));
        var newestFirst = new RecordQuery<>(null, null, query.criteria(),
                List.of(new SortKey<>(WebhookEvent.Attribute.EVENT_TIMESTAMP, true)), 1, 10);

        assertThat(events().list(newestFirst).block(TIMEOUT).data()).extracting(WebhookEvent::id)
                .containsExactly(shutdown.id(), joined.id());
        assertThat(events().list(newestFirst).block(TIMEOUT).totalCount()).isEqualTo(2);
        assertThat(events().findById(UUID.randomUUID()).block(TIMEOUT)).isNull();
    }

    private List<WebhookEvent> eventsOf(TrackedConversation conversation) {
        var query = RecordQuery.<WebhookEvent.Attribute>firstPage(50)
                .and(new Criterion.Equal<>(WebhookEvent.Attribute.CONVERSATION_ID, conversation.conversationId().value()));
        return events().list(query).block(TIMEOUT).data();
    }

    private TrackedConversation storedConversation() {
        var record = ContractFixtures.trackedConversation(null, T0);
        records().add(record).block(TIMEOUT);
        return record;
    }

    private static ReceivedCallback callback(TrackedConversation c, String type, String timestamp, String payload) {
        return ContractFixtures.callback(c, type, timestamp, payload, T0);
    }

    /** The same delivery again, as the receiving side builds it: a fresh id, the same keys. */
    private static ReceivedCallback redelivery(ReceivedCallback callback) {
        return new ReceivedCallback(UUID.randomUUID(), callback.receivedAt(), callback.trackingId(),
                callback.conversationId(), callback.eventType(), callback.eventTimestamp(), callback.dedupKey(),
                callback.payloadHash(), callback.rawPayload(), callback.knownEventType());
    }
}
