package com.acme.tavus.adapter.persistence.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.adapter.persistence.conversation.JooqCallbackLedger;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecordSearch;
import com.acme.tavus.adapter.persistence.conversation.JooqConversationRecords;
import com.acme.tavus.adapter.persistence.onboarding.JooqOnboardingUserRecords;
import com.acme.tavus.adapter.persistence.onboarding.JooqWebhookEvents;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger.ReceivedCallback;
import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.application.shared.SortKey;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Attribute;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The record queries of the admin site on a real database, beyond the port contracts (admin users
 * and log have theirs: AdminUsersContract, AdminLogContract): search with literal wildcards, sort
 * tie-breakers and nulls, over users, conversations and webhook events. Each test works on data tagged with a fresh token, so tests sharing a database do not see
 * each other's rows.
 */
abstract class AdminPersistenceTestBase {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract DSLContext dsl();

    static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }






    @Test
    void onboardingUsers_uniqueEmailIgnoringCaseAndDeleteUnlinksConversations() {
        var users = new JooqOnboardingUserRecords(dsl());
        var tag = token();
        var ada = OnboardingUser.register(UUID.randomUUID(), new Applicant("ada-" + tag + "@example.com", "Ada", "L"), T0);
        var bob = OnboardingUser.register(UUID.randomUUID(), new Applicant("bob-" + tag + "@example.com", "Bob", "B"), T0);
        users.add(ada).block(TIMEOUT);
        users.add(bob).block(TIMEOUT);
        var conversation = conversation(tag, "c" + tag, ada.id(), TrackingStatus.CREATED, T0, null);
        new JooqConversationRecords(dsl()).add(conversation).block(TIMEOUT);

        assertThatThrownBy(() -> users.update(bob.withDetails(new Applicant("ADA-" + tag + "@EXAMPLE.com", "Bob", "B"),
                T0)).block(TIMEOUT)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("email:");
        var renamed = ada.withDetails(new Applicant("ada.king-" + tag + "@example.com", "Ada", "King"), T0.plusSeconds(1));
        users.update(renamed).block(TIMEOUT);
        assertThat(users.findById(ada.id()).block(TIMEOUT)).isEqualTo(renamed);

        assertThat(users.delete(ada.id()).block(TIMEOUT)).isTrue();
        assertThat(users.findById(ada.id()).block(TIMEOUT)).isNull();
        var kept = new JooqConversationRecords(dsl()).findByConversationId(conversation.conversationId()).block(TIMEOUT);
        assertThat(kept.userId()).isNull();
        assertThat(kept.email()).isEqualTo(conversation.email());
    }

    @Test
    void onboardingUsers_listPagesSortedWithATieBreaker() {
        var users = new JooqOnboardingUserRecords(dsl());
        var tag = token();
        for (var name : List.of("Cy", "Ann", "Bea", "Ann")) {
            users.add(OnboardingUser.register(UUID.randomUUID(),
                    new Applicant(name + "-" + UUID.randomUUID() + "-" + tag + "@x.io", name, "Tester"), T0)).block(TIMEOUT);
        }
        var byName = List.of(SortKey.ascending(OnboardingUser.Attribute.FIRST_NAME));
        var searchIn = Set.of(OnboardingUser.Attribute.EMAIL);

        var first = users.list(new RecordQuery<>(tag, searchIn, List.of(), byName, 1, 3)).block(TIMEOUT);
        var second = users.list(new RecordQuery<>(tag, searchIn, List.of(), byName, 2, 3)).block(TIMEOUT);

        assertThat(first.totalCount()).isEqualTo(4);
        assertThat(first.data()).extracting(OnboardingUser::firstName).containsExactly("Ann", "Ann", "Bea");
        assertThat(second.data()).extracting(OnboardingUser::firstName).containsExactly("Cy");
        assertThat(users.list(new RecordQuery<>("%" + tag, searchIn, List.of(), byName, 1, 3)).block(TIMEOUT).totalCount())
                .as("%% is matched literally, not as a wildcard").isZero();
    }

    @Test
    void conversations_filterByStatusTimeAndTranscriptPresenceAndSortNullsAsSmallest() {
        var records = new JooqConversationRecords(dsl());
        var search = new JooqConversationRecordSearch(dsl());
        var tag = token();
        records.add(conversation(tag, "c1" + tag, null, TrackingStatus.COMPLETED, T0, T0.plusSeconds(60))).block(TIMEOUT);
        records.add(conversation(tag, "c2" + tag, null, TrackingStatus.CREATED, T0.plus(Duration.ofDays(2)), null))
                .block(TIMEOUT);
        var transcribed = conversation(tag, "c3" + tag, null, TrackingStatus.COMPLETED, T0.plus(Duration.ofDays(3)),
                T0.plus(Duration.ofDays(3)));
        records.add(new TrackedConversation(transcribed.id(), null, transcribed.conversationId(), null,
                transcribed.trackingId(), transcribed.email(), transcribed.status(), transcribed.createdAt(),
                transcribed.completedAt(), "user: hi", 5, Map.of(), null, null, null, transcribed.conversationName(),
                "ci", transcribed.updatedAt())).block(TIMEOUT);
        var searchIn = Set.of(Attribute.CONVERSATION_NAME);

        var completed = search.list(new RecordQuery<>(tag, searchIn,
                List.of(new Criterion.Equal<>(Attribute.STATUS, "completed")),
                List.of(SortKey.descending(Attribute.CREATED_AT)), 1, 10)).block(TIMEOUT);
        var lastTwoDays = search.list(new RecordQuery<>(tag, searchIn, List.of(new Criterion.Within<>(
                Attribute.CREATED_AT, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(3)))), List.of(), 1, 10))
                .block(TIMEOUT);
        var withTranscript = search.list(new RecordQuery<>(tag, searchIn,
                List.of(new Criterion.IsNull<>(Attribute.TRANSCRIPT, false)), List.of(), 1, 10)).block(TIMEOUT);
        var byCompletion = search.list(new RecordQuery<>(tag, searchIn, List.of(),
                List.of(SortKey.ascending(Attribute.COMPLETED_AT)), 1, 10)).block(TIMEOUT);

        assertThat(ids(completed.data())).containsExactly("c3" + tag, "c1" + tag);
        assertThat(ids(lastTwoDays.data())).containsExactly("c2" + tag);
        assertThat(ids(withTranscript.data())).containsExactly("c3" + tag);
        assertThat(ids(byCompletion.data())).containsExactly("c2" + tag, "c1" + tag, "c3" + tag);
    }

    @Test
    void webhookEvents_areListedAndFoundAsStored() {
        var records = new JooqConversationRecords(dsl());
        var ledger = new JooqCallbackLedger(dsl());
        var events = new JooqWebhookEvents(dsl());
        var tag = token();
        var c = conversation(tag, "c" + tag, null, TrackingStatus.CREATED, T0, null);
        records.add(c).block(TIMEOUT);
        var id = UUID.randomUUID();
        var payload = "{\"event_type\":\"system.replica_joined\",\"conversation_id\":\"c" + tag + "\"}";
        ledger.record(new ReceivedCallback(id, T0, c.trackingId(), c.conversationId().value(), "system.replica_joined",
                T0, "dedup-" + tag, tag + "0".repeat(64 - tag.length()), payload, true), r -> r.joined(T0)).block(TIMEOUT);

        var listed = events.list(new RecordQuery<>(tag, Set.of(WebhookEvent.Attribute.CONVERSATION_ID),
                List.of(new Criterion.Equal<>(WebhookEvent.Attribute.OUTCOME, "applied")), List.of(), 1, 10)).block(TIMEOUT);

        assertThat(listed.data()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.payload()).isEqualTo(payload);
            assertThat(e.eventType()).isEqualTo("system.replica_joined");
        });
        assertThat(events.findById(id).block(TIMEOUT).outcome()).isEqualTo("applied");
        assertThat(events.findById(UUID.randomUUID()).block(TIMEOUT)).isNull();
    }

    static TrackedConversation conversation(String tag, String id, UUID userId, TrackingStatus status, Instant createdAt,
            Instant completedAt) {
        return new TrackedConversation(UUID.randomUUID(), userId, ConversationId.of(id), "https://tavus.daily.co/" + id,
                UUID.randomUUID(), userId == null ? null : "someone@example.com", status, createdAt, completedAt, null,
                null, Map.of(), null, null, null, "Call " + tag, "ci", createdAt);
    }

    static List<String> ids(List<TrackedConversation> conversations) {
        return conversations.stream().map(c -> c.conversationId().value()).toList();
    }
}
