package com.acme.tavus.adapter.persistence.onboarding;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.conversation.JooqCallbackLedger;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.adapter.persistence.conversation.JooqOpenConversations;
import com.acme.tavus.adapter.persistence.testing.TranslatedErrors;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger.ReceivedCallback;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The onboarding tables on a real database: users found case-insensitively, callbacks stored once
 * even under concurrent delivery, and the ledger's transaction keeping event and effect together.
 */
abstract class OnboardingPersistenceTestBase {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract DSLContext dsl();

    @Test
    void findOrCreate_sameEmailInAnotherCase_returnsTheFirstUser() {
        var users = new JooqOnboardingUsers(dsl());
        var email = "Ada." + UUID.randomUUID() + "@Example.com";
        var first = users.findOrCreate(OnboardingUser.register(UUID.randomUUID(),
                new Applicant(email, "Ada", "Lovelace"), T0)).block(TIMEOUT);

        var again = users.findOrCreate(OnboardingUser.register(UUID.randomUUID(),
                new Applicant(email.toUpperCase(), "ADA", "L"), T0.plusSeconds(60))).block(TIMEOUT);

        assertThat(again).isEqualTo(first);
        assertThat(first.email()).isEqualTo(email);
    }

    @Test
    void findOrCreate_concurrentFirstVisits_agreeOnOneUser() throws Exception {
        var users = new JooqOnboardingUsers(dsl());
        var email = "race-" + UUID.randomUUID() + "@example.com";
        var results = runTwiceConcurrently(() -> users.findOrCreate(OnboardingUser.register(UUID.randomUUID(),
                new Applicant(email, "Ada", "Lovelace"), T0)).block(TIMEOUT));

        assertThat(results.get(0).id()).isEqualTo(results.get(1).id());
    }

    @Test
    void record_appliesEffectAndStoresTheRawEventWithItsOutcome() {
        var conversation = storedConversation();
        var callback = callback(conversation, "system.shutdown", "2026-03-01T10:10:00Z", "{\"a\":1}");

        var recorded = ledger().record(callback, c -> c.ended(Instant.parse("2026-03-01T10:10:00Z"), T0)
                .withTranscript(List.of(new TranscriptLine("user", "Hi")), T0)).block(TIMEOUT);

        assertThat(recorded.outcome()).isEqualTo(Outcome.APPLIED);
        var row = records().findByConversationId(conversation.conversationId()).block(TIMEOUT);
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.transcriptLines()).containsExactly(new TranscriptLine("user", "Hi"));
        assertThat(row.transcript()).isEqualTo("user: Hi");
        var stored = dsl().selectFrom(WEBHOOK_EVENTS).where(WEBHOOK_EVENTS.ID.eq(callback.id())).fetchSingle();
        assertThat(stored.getPayload()).isEqualTo("{\"a\":1}");
        assertThat(stored.getOutcome()).isEqualTo("applied");
        assertThat(stored.getEventType()).isEqualTo("system.shutdown");
        assertThat(stored.getTavusTrackingId()).isEqualTo(conversation.trackingId());
        assertThat(stored.getEventTimestamp().toInstant()).isEqualTo(Instant.parse("2026-03-01T10:10:00Z"));
    }

    @Test
    void record_concurrentDoubleDelivery_appliesOnce() throws Exception {
        var conversation = storedConversation();
        var effects = new java.util.concurrent.atomic.AtomicInteger();
        var outcomes = runTwiceConcurrently(() -> ledger().record(
                callback(conversation, "system.replica_joined", "2026-03-01T10:00:05Z", "{\"same\":true}"),
                c -> {
                    effects.incrementAndGet();
                    return c.joined(T0);
                }).block(TIMEOUT).outcome());

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.APPLIED, Outcome.DUPLICATE);
        assertThat(dsl().fetchCount(WEBHOOK_EVENTS, WEBHOOK_EVENTS.CONVERSATION_ID.eq(conversation.conversationId().value())))
                .isEqualTo(1);
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
    void record_samePayloadUnderAnotherDedupKey_isADuplicate() {
        var conversation = storedConversation();
        var first = callback(conversation, "system.replica_joined", "2026-03-01T10:00:05Z", "{\"p\":1}");
        ledger().record(first, c -> c).block(TIMEOUT);
        var samePayload = callback(conversation, "system.replica_joined", "2026-03-01T10:00:06Z", "{\"p\":1}");

        assertThat(ledger().record(samePayload, c -> c).block(TIMEOUT).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void record_failingEffect_storesNothing() {
        var conversation = storedConversation();
        var callback = callback(conversation, "system.shutdown", "2026-03-01T10:10:00Z", "{\"fail\":1}");

        StepVerifier.create(ledger().record(callback, c -> {
                    throw new IllegalStateException("effect failed");
                }))
                .expectError(IllegalStateException.class)
                .verify(TIMEOUT);

        assertThat(dsl().fetchCount(WEBHOOK_EVENTS, WEBHOOK_EVENTS.ID.eq(callback.id()))).isZero();
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

    @Test
    void record_trackingIdOfAnotherConversation_isUnknownAndChangesNothing() {
        var x = storedConversation();
        var y = storedConversation();
        var mismatched = new ReceivedCallback(UUID.randomUUID(), T0, y.trackingId(), x.conversationId().value(),
                "system.replica_joined", T0, "k-" + UUID.randomUUID(), UUID.randomUUID().toString(), "{}", true);

        var recorded = ledger().record(mismatched, c -> c.joined(T0)).block(TIMEOUT);

        assertThat(recorded.outcome()).isEqualTo(Outcome.UNKNOWN_CONVERSATION);
        assertThat(dsl().selectFrom(WEBHOOK_EVENTS).where(WEBHOOK_EVENTS.ID.eq(mismatched.id())).fetchSingle()
                .getOutcome()).isEqualTo("unknown_conversation");
        assertThat(records().findByConversationId(x.conversationId()).block(TIMEOUT).status())
                .isEqualTo(TrackingStatus.CREATED);
    }

    @Test
    void openCreatedBefore_findsOnlyOpenOverdueRecords() {
        var overdue = storedConversation();
        var done = storedConversation();
        records().update(done.ended(T0.plusSeconds(5))).block(TIMEOUT);

        var found = new JooqOpenConversations(dsl()).openCreatedBefore(T0.plusSeconds(1), 1000)
                .map(TrackedConversation::id).collectList().block(TIMEOUT);

        assertThat(found).contains(overdue.id()).doesNotContain(done.id());
        assertThat(new JooqOpenConversations(dsl()).openCreatedBefore(T0, 1000)
                .map(TrackedConversation::id).collectList().block(TIMEOUT)).doesNotContain(overdue.id());
    }

    @Test
    void update_appliesChangeInATransactionAndIsEmptyWithoutChange() {
        var conversation = storedConversation();

        var changed = ledger().update(conversation.conversationId(), c -> c.joined(T0)).block(TIMEOUT);
        var unchanged = ledger().update(conversation.conversationId(), c -> c).block(TIMEOUT);

        assertThat(changed.status()).isEqualTo(TrackingStatus.ACTIVE);
        assertThat(unchanged).isNull();
        assertThat(ledger().update(ConversationId.of("cnothere"), c -> c.joined(T0)).block(TIMEOUT)).isNull();
    }

    private JooqCallbackLedger ledger() {
        return new JooqCallbackLedger(dsl());
    }

    private JooqConversationRecords records() {
        return new JooqConversationRecords(dsl());
    }

    private TrackedConversation storedConversation() {
        var id = ConversationId.of("c" + UUID.randomUUID().toString().replace("-", "").substring(0, 11));
        var created = new Conversation(id, "Onboarding", "https://tavus.daily.co/" + id.value(), ConversationStatus.ACTIVE,
                null, null, PersonaId.of("p5317866"), "2026-03-01T10:00:00Z", null, null, Map.of());
        var request = new ConversationRequest(null, PersonaId.of("p5317866"), null, "Onboarding", null, null, null,
                null, null, null, null, null, null, null, null, null);
        var record = TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(), created, request,
                Participant.NONE, new Actor("test"), T0);
        records().add(record).block(TIMEOUT);
        return record;
    }

    private static ReceivedCallback callback(TrackedConversation c, String type, String timestamp, String payload) {
        return new ReceivedCallback(UUID.randomUUID(), T0, c.trackingId(), c.conversationId().value(), type,
                Instant.parse(timestamp), c.conversationId().value() + "|" + type + "|" + timestamp,
                Integer.toHexString(payload.hashCode()) + "-" + c.conversationId().value(), payload, true);
    }

    /** Runs {@code work} on two threads released at the same moment; both results, in any order. */
    private static <T> List<T> runTwiceConcurrently(java.util.concurrent.Callable<T> work) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = List.of(submit(pool, start, work), submit(pool, start, work));
            start.countDown();
            return List.of(futures.get(0).get(), futures.get(1).get());
        }
    }

    private static <T> CompletableFuture<T> submit(java.util.concurrent.ExecutorService pool, CountDownLatch start,
            java.util.concurrent.Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, pool);
    }
}
