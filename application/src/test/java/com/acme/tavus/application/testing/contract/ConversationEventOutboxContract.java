package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox.ClaimedDelivery;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import com.acme.tavus.domain.webhook.ConversationEventType;
import com.acme.tavus.domain.webhook.DeliveryStatus;
import com.acme.tavus.domain.webhook.WebhookDelivery;
import com.acme.tavus.domain.webhook.WebhookSecret;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import com.acme.tavus.domain.webhook.WebhookUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every outbound-webhook store must do: {@link WebhookSubscriptions} and
 * {@link ConversationEventOutbox}, together with the conversation stores whose writes record the
 * events ({@link ConversationRecords}, {@link CallbackLedger}) in the same transaction. Extend it and
 * supply the four over one store; it runs on jOOQ (H2, PostgreSQL) and in memory.
 *
 * <p>The store is shared by the tests and never emptied: each test uses fresh ids, removes the
 * subscriptions it made afterwards (their deliveries go with them), and only looks at its own.
 */
public abstract class ConversationEventOutboxContract {

    /** Microsecond precision, the finest a database keeps. */
    protected static final Instant T0 = Instant.parse("2026-05-01T09:00:00.123456Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final int ALL = 1000;

    private final List<UUID> madeSubscriptions = new ArrayList<>();

    protected abstract WebhookSubscriptions subscriptions();

    protected abstract ConversationEventOutbox outbox();

    protected abstract ConversationRecords records();

    protected abstract CallbackLedger ledger();

    @AfterEach
    void removeSubscriptions() {
        madeSubscriptions.forEach(id -> subscriptions().remove(id).block(TIMEOUT));
        madeSubscriptions.clear();
    }

    // ---------------------------------------------------------------- subscriptions

    @Test
    void aSubscriptionRoundTripsWithItsSecretAndIsRemovedOnce() {
        var subscription = subscribe();

        assertThat(subscriptions().find(subscription.id()).block(TIMEOUT)).isEqualTo(subscription);
        assertThat(subscriptions().list().collectList().block(TIMEOUT)).contains(subscription);
        assertThat(subscriptions().remove(subscription.id()).block(TIMEOUT)).isTrue();
        assertThat(subscriptions().remove(subscription.id()).block(TIMEOUT)).isFalse();
        StepVerifier.create(subscriptions().find(subscription.id())).verifyComplete();
    }

    // ---------------------------------------------------------------- recording

    @Test
    void aConversationsLifeGivesEachSubscriptionItsEventsInOrder() {
        var first = subscribe();
        var second = subscribe();
        var conversation = aConversation();

        add(conversation);
        var active = conversation.joined(T0.plusSeconds(10));
        records().update(active).block(TIMEOUT);
        var completed = active.ended(T0.plusSeconds(70));
        records().update(completed).block(TIMEOUT);
        var transcribed = completed.withTranscript(List.of(new TranscriptLine("user", "Hi \"there\"\n")), T0.plusSeconds(80));
        records().update(transcribed).block(TIMEOUT);

        var expected = List.of(ConversationEventType.CREATED, ConversationEventType.ACTIVE,
                ConversationEventType.COMPLETED, ConversationEventType.TRANSCRIPT_READY);
        for (var subscription : List.of(first, second)) {
            var deliveries = deliveriesOf(subscription);
            assertThat(deliveries).extracting(WebhookDelivery::eventType).containsExactlyElementsOf(expected.reversed());
            assertThat(deliveries).allSatisfy(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
                assertThat(d.attempts()).isZero();
                assertThat(d.conversationId()).isEqualTo(conversation.conversationId().value());
            });
        }
        // One event per change, shared by both subscriptions (same webhook-id).
        assertThat(deliveriesOf(first)).extracting(WebhookDelivery::eventId)
                .containsExactlyElementsOf(deliveriesOf(second).stream().map(WebhookDelivery::eventId).toList());

        // Claimed one by one: a conversation's next event waits until the previous one is done.
        var bodies = new ArrayList<String>();
        for (var type : expected) {
            var claimed = claimOwn(first, T0.plusSeconds(3600));
            assertThat(claimed).hasSize(1);
            assertThat(claimed.getFirst().event().type()).isEqualTo(type);
            assertThat(claimed.getFirst().subscription()).isEqualTo(first);
            bodies.add(claimed.getFirst().event().body());
            assertThat(outbox().delivered(claimed.getFirst(), T0.plusSeconds(3600), 200).block(TIMEOUT)).isTrue();
        }
        assertThat(claimOwn(first, T0.plusSeconds(3600))).isEmpty();
        assertThat(bodies.get(0)).startsWith("{\"id\":\"").contains("\"type\":\"conversation.created\"")
                .contains("\"conversation_id\":\"" + conversation.conversationId().value() + "\"");
        assertThat(bodies.get(3)).contains("\"transcript\":[{\"role\":\"user\",\"content\":\"Hi \\\"there\\\"\\n\"}]");
        assertThat(deliveriesOf(first)).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastStatus()).isEqualTo(200);
            assertThat(d.deliveredAt()).isEqualTo(T0.plusSeconds(3600));
        });
        assertThat(deliveriesOf(second)).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING));
    }

    @Test
    void theCallbackLedgerRecordsEventsWithItsEffectAndNothingWhenTheEffectFails() {
        var subscription = subscribe();
        var conversation = aConversation();
        add(conversation);

        var failing = ledger().record(callback(conversation, "system.replica_joined"), current -> {
            throw new IllegalStateException("effect failed");
        });
        StepVerifier.create(failing).expectError(IllegalStateException.class).verify(TIMEOUT);
        assertThat(deliveriesOf(subscription)).extracting(WebhookDelivery::eventType)
                .containsExactly(ConversationEventType.CREATED);

        ledger().record(callback(conversation, "system.replica_joined"), current -> current.joined(T0.plusSeconds(5)))
                .block(TIMEOUT);
        ledger().update(conversation.conversationId(), current -> current.ended(T0.plusSeconds(60))).block(TIMEOUT);
        // No change, no event.
        ledger().update(conversation.conversationId(), current -> current).block(TIMEOUT);

        assertThat(deliveriesOf(subscription)).extracting(WebhookDelivery::eventType).containsExactly(
                ConversationEventType.COMPLETED, ConversationEventType.ACTIVE, ConversationEventType.CREATED);
    }

    @Test
    void aSubscriptionGetsOnlyEventsRecordedAfterItExisted() {
        var conversation = aConversation();
        add(conversation);
        var subscription = subscribe();

        records().update(conversation.deleted(T0.plusSeconds(5))).block(TIMEOUT);

        assertThat(deliveriesOf(subscription)).extracting(WebhookDelivery::eventType)
                .containsExactly(ConversationEventType.DELETED);
    }

    // ---------------------------------------------------------------- claims and outcomes

    @Test
    void aClaimHoldsUntilItsLeaseEndsAndAnOutcomeNeedsTheCurrentClaim() {
        var subscription = subscribe();
        add(aConversation());
        var now = T0.plusSeconds(60);

        var first = claimOwn(subscription, now);
        assertThat(first).hasSize(1);
        assertThat(claimOwn(subscription, now.plus(LEASE).minusMillis(1))).isEmpty();

        var second = claimOwn(subscription, now.plus(LEASE));
        assertThat(second).hasSize(1);
        assertThat(second.getFirst().claimToken()).isNotEqualTo(first.getFirst().claimToken());
        assertThat(outbox().delivered(first.getFirst(), now, 200).block(TIMEOUT)).isFalse();
        assertThat(outbox().delivered(second.getFirst(), now, 200).block(TIMEOUT)).isTrue();
        assertThat(outbox().retryLater(second.getFirst(), now, now, 500, "late").block(TIMEOUT)).isFalse();
    }

    @Test
    void aRetriedDeliveryWaitsForItsNextAttemptAndKeepsItsLastError() {
        var subscription = subscribe();
        add(aConversation());
        var now = T0.plusSeconds(60);
        var claim = claimOwn(subscription, now).getFirst();

        assertThat(outbox().retryLater(claim, now, now.plusSeconds(30), 503, "HTTP 503").block(TIMEOUT)).isTrue();

        assertThat(claimOwn(subscription, now.plusSeconds(29))).isEmpty();
        var again = claimOwn(subscription, now.plusSeconds(30));
        assertThat(again).hasSize(1);
        assertThat(again.getFirst().attempts()).isEqualTo(1);
        var delivery = deliveriesOf(subscription).getFirst();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.lastStatus()).isEqualTo(503);
        assertThat(delivery.lastError()).isEqualTo("HTTP 503");
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(30));
    }

    @Test
    void aFailedDeliveryIsNotClaimedUntilRetriedByHandAndDoesNotHoldUpTheNextEvent() {
        var subscription = subscribe();
        var conversation = aConversation();
        add(conversation);
        records().update(conversation.joined(T0.plusSeconds(1))).block(TIMEOUT);
        var now = T0.plusSeconds(60);
        var created = claimOwn(subscription, now).getFirst();

        assertThat(outbox().failed(created, now, null, "connection failed").block(TIMEOUT)).isTrue();

        var next = claimOwn(subscription, now);
        assertThat(next).extracting(c -> c.event().type()).containsExactly(ConversationEventType.ACTIVE);
        outbox().delivered(next.getFirst(), now, 204).block(TIMEOUT);
        var failed = deliveriesOf(subscription).getLast();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("connection failed");

        var retried = outbox().retryNow(subscription.id(), failed.id(), now.plusSeconds(5)).block(TIMEOUT);
        assertThat(retried.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(claimOwn(subscription, now.plusSeconds(5))).extracting(ClaimedDelivery::deliveryId)
                .containsExactly(failed.id());
        StepVerifier.create(outbox().retryNow(UUID.randomUUID(), failed.id(), now)).verifyComplete();
        var delivered = deliveriesOf(subscription).getFirst();
        StepVerifier.create(outbox().retryNow(subscription.id(), delivered.id(), now)).verifyComplete();
    }

    @Test
    void removingASubscriptionDropsItsDeliveries() {
        var subscription = subscribe();
        add(aConversation());

        subscriptions().remove(subscription.id()).block(TIMEOUT);

        assertThat(outbox().deliveriesOf(subscription.id(), ALL).collectList().block(TIMEOUT)).isEmpty();
        assertThat(claimOwn(subscription, T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void twoDispatchersClaimingAtOnceNeverGetTheSameDelivery() throws Exception {
        var subscription = subscribe();
        var conversations = 24;
        for (var i = 0; i < conversations; i++) {
            add(aConversation());
        }
        var now = T0.plusSeconds(60);

        var seen = new ArrayList<UUID>();
        for (var round = 0; round < 10 && seen.size() < conversations; round++) {
            Callable<List<UUID>> claim = () -> outbox().claimDue(now, LEASE, 5).block(TIMEOUT).stream()
                    .filter(c -> c.subscription().id().equals(subscription.id()))
                    .map(ClaimedDelivery::deliveryId).toList();
            for (var claimed : releasedTogether(List.of(claim, claim, claim, claim))) {
                seen.addAll(claimed);
            }
        }

        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seen).hasSize(conversations);
    }

    // ---------------------------------------------------------------- fixtures

    protected WebhookSubscription subscribe() {
        var subscription = new WebhookSubscription(UUID.randomUUID(),
                new WebhookUrl("https://hooks.example.com/" + UUID.randomUUID()), "contract", WebhookSecret.generate(),
                T0, "ci-team/contract");
        subscriptions().add(subscription).block(TIMEOUT);
        madeSubscriptions.add(subscription.id());
        return subscription;
    }

    protected static TrackedConversation aConversation() {
        var id = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new TrackedConversation(UUID.randomUUID(), null, new ConversationId(id), "https://tavus.daily.co/" + id,
                UUID.randomUUID(), null, TrackingStatus.CREATED, T0, null, null, null, Map.of(), null, null, null,
                "Contract call", "ci-team/contract", T0);
    }

    private void add(TrackedConversation conversation) {
        records().add(conversation).block(TIMEOUT);
    }

    private List<WebhookDelivery> deliveriesOf(WebhookSubscription subscription) {
        return outbox().deliveriesOf(subscription.id(), ALL).collectList().block(TIMEOUT);
    }

    /** Claims everything due and keeps this subscription's claims; the others' are left to lapse. */
    private List<ClaimedDelivery> claimOwn(WebhookSubscription subscription, Instant now) {
        return outbox().claimDue(now, LEASE, ALL).block(TIMEOUT).stream()
                .filter(c -> c.subscription().id().equals(subscription.id()))
                .toList();
    }

    private static CallbackLedger.ReceivedCallback callback(TrackedConversation conversation, String type) {
        var payload = "{\"event_type\":\"" + type + "\",\"conversation_id\":\"" + conversation.conversationId().value()
                + "\",\"n\":\"" + UUID.randomUUID() + "\"}";
        return new CallbackLedger.ReceivedCallback(UUID.randomUUID(), T0, conversation.trackingId(),
                conversation.conversationId().value(), type, null, UUID.randomUUID().toString(),
                UUID.randomUUID().toString().replace("-", ""), payload, true);
    }

    private static <T> List<T> releasedTogether(List<Callable<T>> tasks) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var futures = tasks.stream().map(task -> pool.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        }
    }
}
