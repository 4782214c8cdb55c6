package com.acme.tavus.domain.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallbackEventTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant NOW = T0.plusSeconds(3600);

    private static TrackedConversation created() {
        var conversation = new Conversation(ConversationId.of("c1"), null, "https://x/c1", ConversationStatus.ACTIVE,
                null, null, PersonaId.of("p1"), null, null, null, Map.of());
        var request = new ConversationRequest(null, PersonaId.of("p1"), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        return TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(), conversation, request,
                Participant.NONE, new Actor("test"), T0);
    }

    @Test
    void shutdown_usesTheEventTimeAndKeepsTheFirstReason() {
        var shutdown = new CallbackEvent(CallbackEvent.SHUTDOWN, T0.plusSeconds(90),
                Map.of("shutdown_reason", "participant_left_timeout"));
        var later = new CallbackEvent(CallbackEvent.SHUTDOWN, T0.plusSeconds(120),
                Map.of("shutdown_reason", "max_call_duration reached"));

        var ended = later.applyTo(shutdown.applyTo(created(), NOW), NOW);

        assertThat(ended.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(ended.completedAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(ended.durationSeconds()).isEqualTo(90);
        assertThat(ended.metadata()).containsEntry("shutdown_reason", "participant_left_timeout");
    }

    @Test
    void replicaJoined_afterCompletion_changesNothing() {
        var ended = new CallbackEvent(CallbackEvent.SHUTDOWN, T0.plusSeconds(90), Map.of()).applyTo(created(), NOW);

        assertThat(new CallbackEvent(CallbackEvent.REPLICA_JOINED, T0, Map.of()).applyTo(ended, NOW)).isSameAs(ended);
    }

    @Test
    void transcript_isKeptOnceAndReadableWithoutTheSystemPrompt() {
        var event = new CallbackEvent(CallbackEvent.TRANSCRIPTION_READY, T0, Map.of("transcript", List.of(
                Map.of("role", "system", "content", "Be nice."),
                Map.of("role", "assistant", "content", "Hi!"),
                Map.of("role", "user", "content", "Hello."),
                "not a turn")));

        var withTranscript = event.applyTo(created(), NOW);

        assertThat(withTranscript.transcriptLines()).hasSize(3).first().isEqualTo(new TranscriptLine("system", "Be nice."));
        assertThat(withTranscript.transcript()).isEqualTo("assistant: Hi!\nuser: Hello.");
        assertThat(event.applyTo(withTranscript, NOW)).isSameAs(withTranscript);
    }

    @Test
    void recordingReady_prefersAUrlAndOtherwiseBuildsAnS3Url() {
        var s3 = new CallbackEvent(CallbackEvent.RECORDING_READY, T0,
                Map.of("bucket_name", "b", "s3_key", "/k/v.mp4", "duration", 14)).applyTo(created(), NOW);
        var url = new CallbackEvent(CallbackEvent.RECORDING_READY, T0,
                Map.of("recording_url", "https://cdn/v.mp4")).applyTo(created(), NOW);

        assertThat(s3.completionUrl()).isEqualTo("s3://b/k/v.mp4");
        assertThat(url.completionUrl()).isEqualTo("https://cdn/v.mp4");
    }

    @Test
    void unknownTypes_areRecognisedAndChangeNothing() {
        var unknown = new CallbackEvent("system.something_new", T0, Map.of());
        var conversation = created();

        assertThat(unknown.isKnownType()).isFalse();
        assertThat(new CallbackEvent(CallbackEvent.PERCEPTION_ANALYSIS, T0, Map.of()).isKnownType()).isTrue();
        assertThat(unknown.applyTo(conversation, NOW)).isSameAs(conversation);
    }

    @Test
    void applicant_trimsAndNormalisesTheEmail() {
        var applicant = new Applicant("  Ada@Example.COM ", " Ada ", "Lovelace");

        assertThat(applicant.email()).isEqualTo("Ada@Example.COM");
        assertThat(applicant.firstName()).isEqualTo("Ada");
        assertThat(applicant.normalizedEmail()).isEqualTo("ada@example.com");
    }
}
