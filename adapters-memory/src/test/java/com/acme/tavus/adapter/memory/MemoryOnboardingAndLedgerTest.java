package com.acme.tavus.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger.ReceivedCallback;
import com.acme.tavus.application.testing.contract.Concurrently;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ports whose jOOQ tests read tables directly (no abstract contract): the same cases against the
 * in-memory adapter, races included.
 */
class MemoryOnboardingAndLedgerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final MemoryConversationRecords records = new MemoryConversationRecords();
    private final MemoryCallbackLedger ledger = new MemoryCallbackLedger(records);
    private final MemoryOnboardingUsers users = new MemoryOnboardingUsers(records);

    @Test
    void findOrCreate_concurrentFirstVisitsInAnyCase_agreeOnOneUser() throws Exception {
        var tasks = IntStream.range(0, 8).<Callable<OnboardingUser>>mapToObj(i -> () -> users.findOrCreate(
                user(i % 2 == 0 ? "Race@Example.com" : "race@example.COM")).block(TIMEOUT)).toList();

        var found = Concurrently.run(tasks, TIMEOUT);

        assertThat(found).extracting(OnboardingUser::id).containsOnly(found.getFirst().id());
        assertThat(users.findById(found.getFirst().id()).block(TIMEOUT)).isEqualTo(found.getFirst());
    }

    @Test
    void addOrUpdate_toAnAddressTakenInAnotherCase_isRefusedOnEmail() {
        users.add(user("taken@example.com")).block(TIMEOUT);
        var other = user("other@example.com");
        users.add(other).block(TIMEOUT);

        assertThatThrownBy(() -> users.add(user("TAKEN@example.com")).block(TIMEOUT)).hasMessageContaining("email");
        var renamed = new OnboardingUser(other.id(), "Taken@Example.com", "A", "B", T0, T0);
        assertThatThrownBy(() -> users.update(renamed).block(TIMEOUT)).hasMessageContaining("email");
        assertThat(users.findById(other.id()).block(TIMEOUT).email()).isEqualTo("other@example.com");
    }

    @Test
    void delete_unlinksTheUsersConversations_andFreesTheAddress() {
        var user = users.findOrCreate(user("gone@example.com")).block(TIMEOUT);
        var conversation = stored(user.id());

        assertThat(users.delete(user.id()).block(TIMEOUT)).isTrue();

        assertThat(records.findByConversationId(conversation.conversationId()).block(TIMEOUT).userId()).isNull();
        assertThat(users.delete(user.id()).block(TIMEOUT)).isFalse();
        assertThat(users.findOrCreate(user("gone@example.com")).block(TIMEOUT).id()).isNotEqualTo(user.id());
    }

    @Test
    void record_concurrentDoubleDelivery_appliesOnce() throws Exception {
        var conversation = stored(null);
        var callback = callback(conversation, "system.replica_joined", "{\"a\":1}");
        var tasks = IntStream.range(0, 4).<Callable<Outcome>>mapToObj(i -> () -> ledger.record(
                new ReceivedCallback(UUID.randomUUID(), T0, callback.trackingId(), callback.conversationId(),
                        callback.eventType(), callback.eventTimestamp(), callback.dedupKey(), callback.payloadHash(),
                        callback.rawPayload(), true), c -> c.joined(T0)).block(TIMEOUT).outcome()).toList();

        var outcomes = Concurrently.run(tasks, TIMEOUT);

        assertThat(outcomes).containsOnlyOnce(Outcome.APPLIED).filteredOn(o -> o != Outcome.APPLIED)
                .containsOnly(Outcome.DUPLICATE);
        assertThat(records.findByConversationId(conversation.conversationId()).block(TIMEOUT).status())
                .isEqualTo(TrackingStatus.ACTIVE);
    }

    @Test
    void record_samePayloadUnderAnotherDedupKey_isADuplicate() {
        var conversation = stored(null);
        var first = callback(conversation, "system.replica_joined", "{\"same\":true}");
        ledger.record(first, c -> c.joined(T0)).block(TIMEOUT);
        var again = new ReceivedCallback(UUID.randomUUID(), T0, first.trackingId(), first.conversationId(),
                first.eventType(), first.eventTimestamp(), "another-key", first.payloadHash(), first.rawPayload(), true);

        assertThat(ledger.record(again, c -> c.joined(T0)).block(TIMEOUT).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(ledger.findById(again.id()).block(TIMEOUT)).isNull();
    }

    @Test
    void record_failingEffect_storesNothing_andTheRedeliveryApplies() {
        var conversation = stored(null);
        var callback = callback(conversation, "system.replica_joined", "{}");

        assertThatThrownBy(() -> ledger.record(callback, c -> {
            throw new IllegalStateException("effect failed");
        }).block(TIMEOUT)).hasMessageContaining("effect failed");

        assertThat(ledger.findById(callback.id()).block(TIMEOUT)).isNull();
        assertThat(records.findByConversationId(conversation.conversationId()).block(TIMEOUT)).isEqualTo(conversation);
        var recorded = ledger.record(callback, c -> c.joined(T0)).block(TIMEOUT);
        assertThat(recorded.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(ledger.findById(callback.id()).block(TIMEOUT).outcome()).isEqualTo(Outcome.APPLIED.value());
    }

    @Test
    void record_trackingIdOfAnotherConversation_isUnknownAndChangesNothing() {
        var x = stored(null);
        var y = stored(null);
        var mismatched = new ReceivedCallback(UUID.randomUUID(), T0, y.trackingId(), x.conversationId().value(),
                "system.replica_joined", T0, "k-" + UUID.randomUUID(), UUID.randomUUID().toString(), "{}", true);

        var recorded = ledger.record(mismatched, c -> c.joined(T0)).block(TIMEOUT);

        assertThat(recorded.outcome()).isEqualTo(Outcome.UNKNOWN_CONVERSATION);
        assertThat(records.findByConversationId(x.conversationId()).block(TIMEOUT)).isEqualTo(x);
        assertThat(records.findByConversationId(y.conversationId()).block(TIMEOUT)).isEqualTo(y);
    }

    @Test
    void update_appliesTheChange_andIsEmptyWithoutOne() {
        var conversation = stored(null);

        assertThat(ledger.update(conversation.conversationId(), c -> c).blockOptional(TIMEOUT)).isEmpty();
        assertThat(ledger.update(ConversationId.of("cunknown0001"), c -> c.joined(T0)).blockOptional(TIMEOUT)).isEmpty();
        var changed = ledger.update(conversation.conversationId(), c -> c.joined(T0)).block(TIMEOUT);

        assertThat(changed.status()).isEqualTo(TrackingStatus.ACTIVE);
        assertThat(records.findByConversationId(conversation.conversationId()).block(TIMEOUT)).isEqualTo(changed);
    }

    @Test
    void openCreatedBefore_findsOnlyOpenOverdueRecords_oldestFirst() {
        var open = stored(null);
        var ended = stored(null);
        records.update(ended.ended(T0.plusSeconds(1))).block(TIMEOUT);

        assertThat(records.openCreatedBefore(T0.plusSeconds(60), 10).collectList().block(TIMEOUT))
                .extracting(TrackedConversation::id).containsExactly(open.id());
        assertThat(records.openCreatedBefore(T0, 10).collectList().block(TIMEOUT)).isEmpty();
    }

    private TrackedConversation stored(UUID userId) {
        var id = ConversationId.of("c" + UUID.randomUUID().toString().replace("-", "").substring(0, 11));
        var created = new Conversation(id, "Onboarding", "https://tavus.daily.co/" + id.value(), ConversationStatus.ACTIVE,
                null, null, PersonaId.of("p5317866"), "2026-03-01T10:00:00Z", null, null, Map.of());
        var request = new ConversationRequest(null, PersonaId.of("p5317866"), null, "Onboarding", null, null, null,
                null, null, null, null, null, null, null, null, null);
        var record = TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(), created, request,
                Participant.NONE, new Actor("test"), T0);
        if (userId != null) {
            record = new TrackedConversation(record.id(), userId, record.conversationId(), record.conversationUrl(),
                    record.trackingId(), record.email(), record.status(), record.createdAt(), record.completedAt(),
                    record.transcript(), record.durationSeconds(), record.metadata(), record.completionUrl(),
                    record.personaId(), record.replicaId(), record.conversationName(), record.createdBy(),
                    record.updatedAt(), record.transcriptLines());
        }
        records.add(record).block(TIMEOUT);
        return record;
    }

    private static ReceivedCallback callback(TrackedConversation c, String type, String payload) {
        return new ReceivedCallback(UUID.randomUUID(), T0, c.trackingId(), c.conversationId().value(), type, T0,
                c.conversationId().value() + "|" + type, Integer.toHexString(payload.hashCode()) + "-" + c.id(),
                payload, true);
    }

    private static OnboardingUser user(String email) {
        return new OnboardingUser(UUID.randomUUID(), email, "First", "Last", T0, T0);
    }
}
