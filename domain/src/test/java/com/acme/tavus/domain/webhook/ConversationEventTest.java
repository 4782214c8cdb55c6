package com.acme.tavus.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationEventTest {

    private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    private static final List<TranscriptLine> TRANSCRIPT = List.of(new TranscriptLine("system", "Be kind"),
            new TranscriptLine("user", "Hello\u2028\"you\"\\"), new TranscriptLine("assistant", "Hi"));

    @Test
    void aNewRecordIsCreatedAndAnAlreadyEndedOneAlsoCompleted() {
        var created = conversation(TrackingStatus.CREATED);
        assertThat(types(ConversationEvent.between(null, created))).containsExactly(ConversationEventType.CREATED);
        assertThat(types(ConversationEvent.between(null, created.ended(T0))))
                .containsExactly(ConversationEventType.CREATED, ConversationEventType.COMPLETED);
    }

    @Test
    void eachForwardMoveIsOneEventAndNoChangeIsNone() {
        var created = conversation(TrackingStatus.CREATED);
        var active = created.joined(T0.plusSeconds(1));
        var completed = active.ended(T0.plusSeconds(60));

        assertThat(types(ConversationEvent.between(created, active))).containsExactly(ConversationEventType.ACTIVE);
        assertThat(types(ConversationEvent.between(active, completed))).containsExactly(ConversationEventType.COMPLETED);
        assertThat(types(ConversationEvent.between(created, completed))).containsExactly(ConversationEventType.COMPLETED);
        assertThat(types(ConversationEvent.between(active, active.deleted(T0)))).containsExactly(ConversationEventType.DELETED);
        assertThat(ConversationEvent.between(completed, completed)).isEmpty();
        assertThat(ConversationEvent.between(completed, completed.withMetadata("x", 1, T0.plusSeconds(61)))).isEmpty();
    }

    @Test
    void aTranscriptAfterTheCompletionIsItsOwnEventAndOneBeforeItRidesOnTheCompletion() {
        var completed = conversation(TrackingStatus.ACTIVE).ended(T0.plusSeconds(60));
        var transcribed = completed.withTranscript(TRANSCRIPT, T0.plusSeconds(61));
        var events = ConversationEvent.between(completed, transcribed);
        assertThat(types(events)).containsExactly(ConversationEventType.TRANSCRIPT_READY);
        assertThat(events.getFirst().body()).contains(
                "\"transcript\":[{\"role\":\"system\",\"content\":\"Be kind\"},"
                        + "{\"role\":\"user\",\"content\":\"Hello\\u2028\\\"you\\\"\\\\\"},{\"role\":\"assistant\",\"content\":\"Hi\"}]");

        var activeWithTranscript = conversation(TrackingStatus.ACTIVE).withTranscript(TRANSCRIPT, T0.plusSeconds(30));
        var completion = ConversationEvent.between(activeWithTranscript, activeWithTranscript.ended(T0.plusSeconds(60)));
        assertThat(types(completion)).containsExactly(ConversationEventType.COMPLETED);
        assertThat(completion.getFirst().body()).contains("\"transcript\":[{\"role\":\"system\"");
    }

    @Test
    void theIdIsStablePerConversationAndTypeAndTheBodyCarriesIt() {
        var created = conversation(TrackingStatus.CREATED);
        var once = ConversationEvent.between(null, created).getFirst();
        var again = ConversationEvent.between(null, created).getFirst();
        var active = ConversationEvent.between(created, created.joined(T0.plusSeconds(1))).getFirst();

        assertThat(once.id()).isEqualTo(again.id()).isNotEqualTo(active.id());
        assertThat(once.body()).isEqualTo(again.body())
                .startsWith("{\"id\":\"" + once.id() + "\",\"type\":\"conversation.created\",\"timestamp\":\"" + T0 + "\"")
                .contains("\"data\":{\"conversation_id\":\"c1a2b3c4\",\"conversation_name\":\"Demo\",\"status\":\"created\"");
        assertThat(once.occurredAt()).isEqualTo(T0);
    }

    private static List<ConversationEventType> types(List<ConversationEvent> events) {
        return events.stream().map(ConversationEvent::type).toList();
    }

    private static TrackedConversation conversation(TrackingStatus status) {
        return new TrackedConversation(UUID.fromString("00000000-0000-0000-0000-000000000001"), null,
                new ConversationId("c1a2b3c4"), "https://tavus.daily.co/c1a2b3c4",
                UUID.fromString("00000000-0000-0000-0000-000000000002"), null, status, T0, null, null, null, Map.of(),
                null, null, null, "Demo", "team/ci", T0);
    }
}
