package com.acme.tavus.application.onboarding;

import static com.acme.tavus.application.onboarding.OnboardingTestKit.event;
import static com.acme.tavus.application.onboarding.OnboardingTestKit.replicaJoined;
import static com.acme.tavus.application.onboarding.OnboardingTestKit.shutdown;
import static com.acme.tavus.application.onboarding.OnboardingTestKit.transcriptionReady;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.CallbackDelivery;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.Outcome;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

class ReceiveCallbackServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final OnboardingTestKit kit = new OnboardingTestKit();

    private Outcome deliver(TrackedConversation c, Map<String, Object> payload) {
        return kit.callbacks().receive(kit.signed(c, payload)).block(TIMEOUT);
    }

    @Test
    void replicaJoined_movesToActiveAndNotifiesWatchers() {
        var c = kit.onboard("ada@example.com");

        assertThat(deliver(c, replicaJoined(c))).isEqualTo(Outcome.APPLIED);

        assertThat(kit.reload(c.conversationId()).status()).isEqualTo(TrackingStatus.ACTIVE);
        assertThat(kit.updates.published()).extracting(TrackedConversation::status).containsExactly(TrackingStatus.ACTIVE);
        assertThat(kit.ledger.events()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(e.callback().rawPayload()).isEqualTo(OnboardingTestKit.json(replicaJoined(c)));
            assertThat(e.callback().eventTimestamp()).isEqualTo(Instant.parse("2026-03-01T10:00:05Z"));
        });
    }

    @Test
    void shutdown_completesWithEventTimeDurationAndReason() {
        var c = kit.onboard("ada@example.com");

        deliver(c, shutdown(c));

        var row = kit.reload(c.conversationId());
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.completedAt()).isEqualTo(Instant.parse("2026-03-01T10:12:30Z"));
        assertThat(row.durationSeconds()).isEqualTo(750);
        assertThat(row.metadata()).containsEntry("shutdown_reason", "participant_left_timeout");
    }

    @Test
    void transcriptionReady_keepsStructuredAndReadableTranscript() {
        var c = kit.onboard("ada@example.com");

        deliver(c, transcriptionReady(c));

        var row = kit.reload(c.conversationId());
        assertThat(row.transcriptLines()).containsExactly(new TranscriptLine("system", "You are a host."),
                new TranscriptLine("assistant", "Hi Ada!"), new TranscriptLine("user", "Hello."));
        assertThat(row.transcript()).isEqualTo("assistant: Hi Ada!\nuser: Hello.");
    }

    @Test
    void recordingReady_withoutUrl_buildsS3UrlAndKeepsFacts() {
        var c = kit.onboard("ada@example.com");

        deliver(c, event(c, "application.recording_ready", "2026-03-01T10:13:00Z",
                Map.of("bucket_name", "conversation-recordings", "s3_key", "rec/c1.mp4", "duration", 14)));

        var row = kit.reload(c.conversationId());
        assertThat(row.completionUrl()).isEqualTo("s3://conversation-recordings/rec/c1.mp4");
        assertThat(row.metadata().get("recording")).isEqualTo(
                Map.of("bucket_name", "conversation-recordings", "s3_key", "rec/c1.mp4", "duration", 14));
    }

    @Test
    void perceptionAnalysis_isKeptInMetadata() {
        var c = kit.onboard("ada@example.com");

        deliver(c, event(c, "application.perception_analysis", "2026-03-01T10:15:00Z",
                Map.of("analysis", "The user seemed engaged.")));

        assertThat(kit.reload(c.conversationId()).metadata())
                .containsEntry("perception_analysis", "The user seemed engaged.");
    }

    @Test
    void redelivery_isAcknowledgedAsDuplicateAndStoredOnce() {
        var c = kit.onboard("ada@example.com");
        deliver(c, shutdown(c));

        assertThat(deliver(c, shutdown(c))).isEqualTo(Outcome.DUPLICATE);
        var reformatted = new LinkedHashMap<>(shutdown(c));
        reformatted.put("extra", "same event, other bytes");
        assertThat(deliver(c, reformatted)).isEqualTo(Outcome.DUPLICATE);

        assertThat(kit.ledger.events()).hasSize(1);
        assertThat(kit.updates.published()).hasSize(1);
    }

    static Stream<List<String>> everyOrder() {
        return permutations(List.of("joined", "shutdown", "transcript")).stream();
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void anyOrderOfEvents_givesTheSameFinalRecord(List<String> order) {
        var reference = new OnboardingTestKit();
        var expected = applyInOrder(reference, List.of("joined", "shutdown", "transcript"));

        var actual = applyInOrder(kit, order);

        assertThat(actual).usingRecursiveComparison().ignoringFields("id", "userId", "trackingId").isEqualTo(expected);
        assertThat(actual.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(actual.transcript()).isNotBlank();
    }

    private static TrackedConversation applyInOrder(OnboardingTestKit kit, List<String> order) {
        var c = kit.onboard("ada@example.com");
        Map<String, Function<TrackedConversation, Map<String, Object>>> events = Map.of(
                "joined", OnboardingTestKit::replicaJoined,
                "shutdown", OnboardingTestKit::shutdown,
                "transcript", OnboardingTestKit::transcriptionReady);
        for (var name : order) {
            kit.callbacks().receive(kit.signed(c, events.get(name).apply(c))).block(TIMEOUT);
        }
        return kit.reload(c.conversationId());
    }

    @Test
    void lateReplicaJoined_afterShutdown_changesNothing() {
        var c = kit.onboard("ada@example.com");
        deliver(c, shutdown(c));

        assertThat(deliver(c, replicaJoined(c))).isEqualTo(Outcome.NO_CHANGE);
        assertThat(kit.reload(c.conversationId()).status()).isEqualTo(TrackingStatus.COMPLETED);
    }

    @Test
    void missingSignature_isRejectedAndStoresNothing() {
        var c = kit.onboard("ada@example.com");
        var payload = replicaJoined(c);

        StepVerifier.create(kit.callbacks().receive(new CallbackDelivery(c.trackingId().toString(), null,
                        OnboardingTestKit.json(payload), payload)))
                .expectError(CallbackRejected.class)
                .verify(TIMEOUT);
        StepVerifier.create(kit.callbacks().receive(new CallbackDelivery(null, null, "{}", Map.of())))
                .expectError(CallbackRejected.class)
                .verify(TIMEOUT);
        assertThat(kit.ledger.events()).isEmpty();
        assertThat(kit.reload(c.conversationId()).status()).isEqualTo(TrackingStatus.CREATED);
    }

    @Test
    void forgedSignature_isRejectedAndStoresNothing() {
        var c = kit.onboard("ada@example.com");
        var payload = replicaJoined(c);

        StepVerifier.create(kit.callbacks().receive(new CallbackDelivery(c.trackingId().toString(),
                        kit.signatures.sign(UUID.randomUUID()), OnboardingTestKit.json(payload), payload)))
                .expectError(CallbackRejected.class)
                .verify(TIMEOUT);
        assertThat(kit.ledger.events()).isEmpty();
    }

    @Test
    void callbackForConversationX_signedForConversationY_isStoredAsUnknownAndNotApplied() {
        var x = kit.onboard("ada@example.com");
        var y = kit.onboard("bob@example.com");
        var payload = replicaJoined(x);

        var outcome = kit.callbacks().receive(new CallbackDelivery(y.trackingId().toString(),
                kit.signatures.sign(y.trackingId()), OnboardingTestKit.json(payload), payload)).block(TIMEOUT);

        assertThat(outcome).isEqualTo(Outcome.UNKNOWN_CONVERSATION);
        assertThat(kit.reload(x.conversationId()).status()).isEqualTo(TrackingStatus.CREATED);
        assertThat(kit.reload(y.conversationId()).status()).isEqualTo(TrackingStatus.CREATED);
        assertThat(kit.ledger.events()).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN_CONVERSATION));
    }

    @Test
    void unknownConversation_withValidSignature_isStoredForInspection() {
        var unknownTracking = UUID.randomUUID();
        var payload = Map.<String, Object>of("conversation_id", "cffffffffff", "event_type", "system.replica_joined",
                "timestamp", "2026-03-01T10:00:00Z");

        var outcome = kit.callbacks().receive(new CallbackDelivery(unknownTracking.toString(),
                kit.signatures.sign(unknownTracking), OnboardingTestKit.json(payload), payload)).block(TIMEOUT);

        assertThat(outcome).isEqualTo(Outcome.UNKNOWN_CONVERSATION);
        assertThat(kit.ledger.events()).hasSize(1);
    }

    @Test
    void unknownEventType_isStoredAndAcknowledgedWithoutEffect() {
        var c = kit.onboard("ada@example.com");

        var outcome = deliver(c, event(c, "system.something_new", "2026-03-01T10:01:00Z", Map.of("x", 1)));

        assertThat(outcome).isEqualTo(Outcome.UNKNOWN_EVENT_TYPE);
        assertThat(kit.reload(c.conversationId()).status()).isEqualTo(TrackingStatus.CREATED);
        assertThat(kit.ledger.events()).hasSize(1);
    }

    @Test
    void malformedBodies_areInvalidAndStoreNothing() {
        var c = kit.onboard("ada@example.com");
        var t = c.trackingId().toString();
        var sig = kit.signatures.sign(c.trackingId());

        StepVerifier.create(kit.callbacks().receive(new CallbackDelivery(t, sig, "{not json", null)))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidValueException.class)
                        .hasMessageStartingWith("body:"))
                .verify(TIMEOUT);
        StepVerifier.create(kit.callbacks().receive(new CallbackDelivery(t, sig, "{}", Map.of(
                        "conversation_id", c.conversationId().value()))))
                .expectErrorSatisfies(e -> assertThat(e).hasMessageStartingWith("event_type:"))
                .verify(TIMEOUT);
        StepVerifier.create(kit.callbacks().receive(new CallbackDelivery(t, sig, "{}", Map.of(
                        "event_type", "system.shutdown"))))
                .expectErrorSatisfies(e -> assertThat(e).hasMessageStartingWith("conversation_id:"))
                .verify(TIMEOUT);
        assertThat(kit.ledger.events()).isEmpty();
    }

    @Test
    void failingEffectWrite_keepsNeitherEventNorEffect() {
        var c = kit.onboard("ada@example.com");
        kit.ledger.failNextEffectWrite();

        StepVerifier.create(kit.callbacks().receive(kit.signed(c, shutdown(c))))
                .expectError(IllegalStateException.class)
                .verify(TIMEOUT);

        assertThat(kit.ledger.events()).isEmpty();
        assertThat(kit.updates.published()).isEmpty();
        assertThat(deliver(c, shutdown(c))).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void timestampsInTavusFormats_areRead() {
        assertThat(TavusTimestamps.parse("2025-07-11T06:45:47.472000Z")).isEqualTo(Instant.parse("2025-07-11T06:45:47.472Z"));
        assertThat(TavusTimestamps.parse("2024-08-28 15:27:40.824457")).isEqualTo(Instant.parse("2024-08-28T15:27:40.824457Z"));
        assertThat(TavusTimestamps.parse("Mon, 14 Jul 2025 09:14:24 GMT")).isEqualTo(Instant.parse("2025-07-14T09:14:24Z"));
        assertThat(TavusTimestamps.parse("yesterday")).isNull();
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        var result = new ArrayList<List<T>>();
        for (var item : items) {
            var rest = new ArrayList<>(items);
            rest.remove(item);
            for (var tail : permutations(rest)) {
                var permutation = new ArrayList<T>();
                permutation.add(item);
                permutation.addAll(tail);
                result.add(permutation);
            }
        }
        return result;
    }
}
