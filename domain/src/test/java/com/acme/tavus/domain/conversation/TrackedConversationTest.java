package com.acme.tavus.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackedConversationTest {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    @Test
    void startTracking_prefersIdsTavusEchoedBack() {
        var requested = request(null, PersonaId.of("p24293d6"));
        var created = conversation(ConversationStatus.ACTIVE, ReplicaId.of("re8e740a42"));

        var row = TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(), created, requested,
                new Participant(UUID.randomUUID(), "ana@example.com"), new Actor("ci"), T0);

        assertThat(row.status()).isEqualTo(TrackingStatus.CREATED);
        assertThat(row.replicaId()).isEqualTo(ReplicaId.of("re8e740a42"));
        assertThat(row.personaId()).isEqualTo(PersonaId.of("p24293d6"));
        assertThat(row.email()).isEqualTo("ana@example.com");
        assertThat(row.completedAt()).isNull();
    }

    @Test
    void startTracking_ofATestModeConversation_startsCompleted() {
        var row = TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(),
                conversation(ConversationStatus.ENDED, null), request(ReplicaId.of("r1"), null),
                Participant.NONE, new Actor("ci"), T0);

        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.completedAt()).isEqualTo(T0);
        assertThat(row.replicaId()).isEqualTo(ReplicaId.of("r1"));
    }

    @Test
    void lifecycle_onlyMovesForward() {
        var created = fresh();
        var active = created.joined(T0.plusSeconds(5));
        var completed = active.ended(T0.plusSeconds(65));

        assertThat(active.status()).isEqualTo(TrackingStatus.ACTIVE);
        assertThat(completed.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(completed.durationSeconds()).isEqualTo(65);
        assertThat(completed.joined(T0.plusSeconds(70))).isSameAs(completed);
        assertThat(completed.ended(T0.plusSeconds(90))).isSameAs(completed);
    }

    @Test
    void deleted_keepsTheCompletionTimeOfAnEndedCall() {
        var completed = fresh().ended(T0.plusSeconds(30));

        var deleted = completed.deleted(T0.plusSeconds(300));

        assertThat(deleted.status()).isEqualTo(TrackingStatus.DELETED);
        assertThat(deleted.completedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(deleted.deleted(T0.plusSeconds(400))).isSameAs(deleted);
        assertThat(deleted.ended(T0.plusSeconds(400))).isSameAs(deleted);
    }

    @Test
    void withMetadata_isANoOpForAnEqualValue() {
        var row = fresh().withMetadata("shutdown_reason", "participant_left_timeout", T0);

        assertThat(row.metadata()).containsEntry("shutdown_reason", "participant_left_timeout");
        assertThat(row.withMetadata("shutdown_reason", "participant_left_timeout", T0)).isSameAs(row);
    }

    private static TrackedConversation fresh() {
        return TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(),
                conversation(ConversationStatus.ACTIVE, null), request(ReplicaId.of("r1"), null),
                Participant.NONE, new Actor("ci"), T0);
    }

    private static Conversation conversation(ConversationStatus status, ReplicaId replica) {
        return new Conversation(ConversationId.of("c123"), "Call", "https://tavus.daily.co/c123", status, null,
                replica, null, "2025-01-01T10:00:00Z", null, null, Map.of());
    }

    private static ConversationRequest request(ReplicaId replica, PersonaId persona) {
        return new ConversationRequest(replica, persona, null, null, null, null, null, null, null, null, null,
                null, null, null, null, Map.of());
    }
}
