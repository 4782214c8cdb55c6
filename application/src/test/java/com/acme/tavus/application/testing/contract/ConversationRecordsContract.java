package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every {@link ConversationRecords} must do, as tests: extend it, supply the store under test
 * and a user it knows, and the whole contract runs against that store (the jOOQ adapter on H2 and
 * PostgreSQL, the memory adapter, the in-memory fake of the application tests).
 *
 * <p>The tests share one store and never clean it: every test uses fresh random ids, so a store
 * backed by a long-lived database works as well as an empty one.
 *
 * <p>Timestamps in the fixtures have microsecond precision, the finest a SQL database keeps.
 */
public abstract class ConversationRecordsContract {

    /** A point in time with microseconds, the finest precision a stored record must keep. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The store under test; may be the same instance on every call. */
    protected abstract ConversationRecords records();

    /** The id of a user the store knows: a record may reference only an existing user. */
    protected abstract UUID existingUserId();

    // ---------------------------------------------------------------- add + find

    @Test
    void addThenFindRoundTripsEveryField() {
        var conversation = aFullConversation();

        add(conversation);

        assertThat(find(conversation.conversationId())).isEqualTo(conversation);
    }

    @Test
    void roundTripsMetadataWithNestedValues() {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("shutdown_reason", "participant_left");
        metadata.put("attempts", 3);
        metadata.put("big", 10_000_000_000L);
        metadata.put("score", 0.875);
        metadata.put("flagged", false);
        metadata.put("nothing", null);
        metadata.put("unicode", "café – ✓");
        metadata.put("tags", List.of("a", 1, true));
        metadata.put("perception", Map.of(
                "summary", "smiling",
                "objects", List.of(Map.of("name", "laptop", "confidence", 0.5)),
                "nested", Map.of("deeper", Map.of("deepest", List.of()))));
        var conversation = withMetadata(aFullConversation(), metadata);

        add(conversation);

        var found = find(conversation.conversationId());
        assertThat(found.metadata()).isEqualTo(metadata);
        assertThat(found.metadata().keySet()).containsExactlyElementsOf(metadata.keySet());
    }

    @Test
    void roundTripsARecordWhoseOptionalFieldsAreAbsent() {
        var conversation = new TrackedConversation(UUID.randomUUID(), null, newConversationId(), null,
                UUID.randomUUID(), null, TrackingStatus.CREATED, T0, null, null, null, Map.of(), null, null,
                null, null, null, T0);

        add(conversation);

        var found = find(conversation.conversationId());
        assertThat(found).isEqualTo(conversation);
        assertThat(found.metadata()).isEmpty();
    }

    @Test
    void findOfAnUnknownConversationIsEmpty() {
        StepVerifier.create(records().findByConversationId(newConversationId()))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void addDoesNothingUntilSubscribed() {
        var conversation = aFullConversation();

        var pending = records().add(conversation);
        assertThat(records().findByConversationId(conversation.conversationId()).blockOptional(TIMEOUT))
                .isEmpty();

        pending.block(TIMEOUT);
        assertThat(find(conversation.conversationId())).isEqualTo(conversation);
    }

    @Test
    void twoRecordsCoexist() {
        var first = aFullConversation();
        var second = aFullConversation();

        add(first);
        add(second);

        assertThat(find(first.conversationId())).isEqualTo(first);
        assertThat(find(second.conversationId())).isEqualTo(second);
    }

    // ---------------------------------------------------------------- uniqueness

    @Test
    void addingASecondRecordWithTheSameConversationIdFailsAndKeepsTheFirst() {
        var first = aFullConversation();
        add(first);
        var clash = new TrackedConversation(UUID.randomUUID(), null, first.conversationId(), "https://other",
                UUID.randomUUID(), "other@example.com", TrackingStatus.ACTIVE, T0.plusSeconds(5), null, "other",
                null, Map.of("other", true), null, null, null, "other", "other-token", T0.plusSeconds(5));

        StepVerifier.create(records().add(clash)).expectError().verify(TIMEOUT);

        assertThat(find(first.conversationId())).isEqualTo(first);
    }

    @Test
    void addingASecondRecordWithTheSameTrackingIdFailsAndKeepsTheFirst() {
        var first = aFullConversation();
        add(first);
        var clash = new TrackedConversation(UUID.randomUUID(), null, newConversationId(), null,
                first.trackingId(), null, TrackingStatus.CREATED, T0, null, null, null, Map.of(), null, null,
                null, null, null, T0);

        StepVerifier.create(records().add(clash)).expectError().verify(TIMEOUT);

        assertThat(find(first.conversationId())).isEqualTo(first);
        assertThat(records().findByConversationId(clash.conversationId()).blockOptional(TIMEOUT)).isEmpty();
    }

    @Test
    void addingASecondRecordWithTheSameIdFailsAndKeepsTheFirst() {
        var first = aFullConversation();
        add(first);
        var clash = new TrackedConversation(first.id(), null, newConversationId(), null, UUID.randomUUID(),
                null, TrackingStatus.CREATED, T0, null, null, null, Map.of(), null, null, null, null, null, T0);

        StepVerifier.create(records().add(clash)).expectError().verify(TIMEOUT);

        assertThat(find(first.conversationId())).isEqualTo(first);
        assertThat(records().findByConversationId(clash.conversationId()).blockOptional(TIMEOUT)).isEmpty();
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateReplacesTheStoredFields() {
        var created = new TrackedConversation(UUID.randomUUID(), existingUserId(), newConversationId(),
                "https://tavus.daily.co/c1", UUID.randomUUID(), "ada@example.com", TrackingStatus.CREATED, T0,
                null, null, null, Map.of("step", "created"), null, PersonaId.of("p24293d6"),
                ReplicaId.of("re8e740a42"), "Onboarding", "onboarding-token", T0);
        add(created);
        var completedAt = T0.plus(Duration.ofMinutes(7)).plusNanos(1_000);
        var completed = new TrackedConversation(created.id(), created.userId(), created.conversationId(),
                created.conversationUrl(), created.trackingId(), created.email(), TrackingStatus.COMPLETED,
                created.createdAt(), completedAt, "replica: hello\nuser: hi", 420,
                Map.of("shutdown_reason", "participant_left", "perception", Map.of("mood", "calm")),
                "https://example.com/done", created.personaId(), created.replicaId(), created.conversationName(),
                created.createdBy(), completedAt);

        update(completed);

        assertThat(find(created.conversationId())).isEqualTo(completed);
    }

    @Test
    void updateCanClearOptionalFields() {
        var full = aFullConversation();
        add(full);
        var cleared = new TrackedConversation(full.id(), null, full.conversationId(), null, full.trackingId(),
                null, TrackingStatus.DELETED, full.createdAt(), null, null, null, Map.of(), null, null, null,
                null, null, T0.plusSeconds(60));

        update(cleared);

        assertThat(find(full.conversationId())).isEqualTo(cleared);
    }

    @Test
    void updateTouchesOnlyTheRecordWithTheSameId() {
        var first = aFullConversation();
        var second = aFullConversation();
        add(first);
        add(second);

        var ended = first.ended(T0.plusSeconds(300));
        update(ended);

        assertThat(find(first.conversationId())).isEqualTo(ended);
        assertThat(ended.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(find(second.conversationId())).isEqualTo(second);
    }

    @Test
    void updateOfARecordThatWasNeverAddedFails() {
        var missing = aFullConversation();

        StepVerifier.create(records().update(missing)).expectError().verify(TIMEOUT);

        assertThat(records().findByConversationId(missing.conversationId()).blockOptional(TIMEOUT)).isEmpty();
    }

    // ---------------------------------------------------------------- fixtures and helpers

    /** A record with every field set (status active), fresh ids, and a user the store knows. */
    protected TrackedConversation aFullConversation() {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("source", "onboarding");
        metadata.put("perception", Map.of("faces", 1, "labels", List.of("person", "desk")));
        return new TrackedConversation(UUID.randomUUID(), existingUserId(), newConversationId(),
                "https://tavus.daily.co/" + UUID.randomUUID(), UUID.randomUUID(), "ada@example.com",
                TrackingStatus.ACTIVE, T0, T0.plusSeconds(90), "replica: hello", 90, metadata,
                "https://example.com/callback", PersonaId.of("p24293d6"), ReplicaId.of("re8e740a42"),
                "Welcome call", "onboarding-token", T0.plusSeconds(91));
    }

    protected static TrackedConversation withMetadata(TrackedConversation c, Map<String, Object> metadata) {
        return new TrackedConversation(c.id(), c.userId(), c.conversationId(), c.conversationUrl(), c.trackingId(),
                c.email(), c.status(), c.createdAt(), c.completedAt(), c.transcript(), c.durationSeconds(),
                metadata, c.completionUrl(), c.personaId(), c.replicaId(), c.conversationName(), c.createdBy(),
                c.updatedAt());
    }

    /** A conversation id no test has used: {@code c} and 20 random hex digits. */
    public static ConversationId newConversationId() {
        return ConversationId.of("c" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    protected void add(TrackedConversation conversation) {
        records().add(conversation).block(TIMEOUT);
    }

    protected void update(TrackedConversation conversation) {
        records().update(conversation).block(TIMEOUT);
    }

    /** The stored record; fails the test when there is none. */
    protected TrackedConversation find(ConversationId conversationId) {
        return records().findByConversationId(conversationId).blockOptional(TIMEOUT)
                .orElseThrow(() -> new AssertionError("no record for " + conversationId));
    }
}
