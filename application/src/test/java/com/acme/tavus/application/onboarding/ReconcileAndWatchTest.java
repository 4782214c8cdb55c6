package com.acme.tavus.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.onboarding.port.in.OnboardingQueries.ConversationStatusView;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ReconcileAndWatchTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final OnboardingTestKit kit = new OnboardingTestKit();

    @Test
    void reconcile_beforeMaxDurationAndGrace_asksNobody() {
        var c = kit.onboard("ada@example.com");
        kit.provider.put(ended(c.conversationId().value(), Map.of()));
        kit.clock.advance(Duration.ofMinutes(64));

        assertThat(kit.reconciler().reconcile().block(TIMEOUT)).isZero();
        assertThat(kit.reload(c.conversationId()).status()).isEqualTo(TrackingStatus.CREATED);
    }

    @Test
    void reconcile_overdueAndEndedOnTavus_completesFromVerboseEvents() {
        var c = kit.onboard("ada@example.com");
        kit.provider.put(ended(c.conversationId().value(), Map.of("events", List.of(
                Map.of("event_type", "system.shutdown", "timestamp", "2026-03-01T10:20:00Z",
                        "properties", Map.of("shutdown_reason", "max_call_duration reached")),
                Map.of("event_type", "application.transcription_ready", "timestamp", "2026-03-01T10:20:01Z",
                        "properties", Map.of("transcript", List.of(Map.of("role", "user", "content", "Hi"))))))));
        kit.clock.advance(Duration.ofMinutes(66));

        assertThat(kit.reconciler().reconcile().block(TIMEOUT)).isEqualTo(1);

        var row = kit.reload(c.conversationId());
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.completedAt()).isEqualTo(Instant.parse("2026-03-01T10:20:00Z"));
        assertThat(row.metadata()).containsEntry("shutdown_reason", "max_call_duration reached")
                .containsEntry("completion_source", "reconciled");
        assertThat(row.transcript()).isEqualTo("user: Hi");
        assertThat(kit.updates.published()).hasSize(1);
    }

    @Test
    void reconcile_endedWithoutEvents_completesAsReconciled() {
        var c = kit.onboard("ada@example.com");
        kit.provider.put(ended(c.conversationId().value(), Map.of()));
        kit.clock.advance(Duration.ofMinutes(66));

        kit.reconciler().reconcile().block(TIMEOUT);

        var row = kit.reload(c.conversationId());
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.completedAt()).isEqualTo(kit.clock.instant());
        assertThat(row.metadata()).containsEntry("shutdown_reason", "reconciled");
    }

    @Test
    void reconcile_stillActiveOnTavus_leavesItAndGoneOnTavus_closesIt() {
        var active = kit.onboard("ada@example.com");
        var gone = kit.onboard("bob@example.com");
        kit.provider.forget(gone.conversationId());
        kit.clock.advance(Duration.ofHours(2));

        assertThat(kit.reconciler().reconcile().block(TIMEOUT)).isEqualTo(1);

        assertThat(kit.reload(active.conversationId()).status()).isEqualTo(TrackingStatus.CREATED);
        assertThat(kit.reload(gone.conversationId()).status()).isEqualTo(TrackingStatus.COMPLETED);
    }

    @Test
    void watch_emitsCurrentThenEachChangeAndCompletesAfterCompleted() {
        var c = kit.onboard("ada@example.com");

        StepVerifier.create(kit.queries().watch(c.conversationId()).map(ConversationStatusView::status))
                .expectNext("created")
                .then(() -> kit.callbacks().receive(kit.signed(c, OnboardingTestKit.replicaJoined(c))).block())
                .expectNext("active")
                .then(() -> kit.callbacks().receive(kit.signed(c, OnboardingTestKit.shutdown(c))).block())
                .expectNext("completed")
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void watch_staysOpenAfterCompletionUntilTheTranscriptArrives() {
        var c = kit.onboard("ada@example.com");

        StepVerifier.create(kit.queries().watch(c.conversationId()))
                .assertNext(view -> assertThat(view.status()).isEqualTo("created"))
                .then(() -> kit.callbacks().receive(kit.signed(c, OnboardingTestKit.shutdown(c))).block())
                .assertNext(view -> assertThat(view.isCompleted()).isTrue())
                .then(() -> kit.callbacks().receive(kit.signed(c, OnboardingTestKit.transcriptionReady(c))).block())
                .assertNext(view -> assertThat(view.hasTranscript()).isTrue())
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void watch_completedConversation_emitsOnceAndCompletes() {
        var c = kit.onboard("ada@example.com");
        kit.callbacks().receive(kit.signed(c, OnboardingTestKit.shutdown(c))).block(TIMEOUT);

        StepVerifier.create(kit.queries().watch(c.conversationId()))
                .assertNext(view -> assertThat(view.isCompleted()).isTrue())
                .expectComplete()
                .verify(TIMEOUT);
    }

    private static Conversation ended(String id, Map<String, Object> extra) {
        return new Conversation(com.acme.tavus.domain.conversation.ConversationId.of(id), null, "https://x/" + id,
                ConversationStatus.ENDED, null, null, null, "2026-03-01T10:00:00Z", null, null, extra);
    }
}
