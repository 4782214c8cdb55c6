package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase.CallbackDelivery;
import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase.StartOnboardingCommand;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.testing.FakeConversationProvider;
import com.acme.tavus.application.testing.InMemoryCallbackLedger;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.application.testing.InMemoryOnboardingUsers;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.RecordingConversationUpdates;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Every onboarding service wired to fakes, plus helpers that speak the callback wire format. */
final class OnboardingTestKit {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final java.time.Duration TRANSCRIPT_GRACE = java.time.Duration.ofMillis(300);
    static final String ENDPOINT = "https://platform.example.com/api/v1/tavus/callback";

    final MutableClock clock = new MutableClock(T0);
    final AtomicLong sequence = new AtomicLong();
    final IdGenerator ids = () -> new UUID(0, sequence.incrementAndGet());
    final FakeConversationProvider provider = new FakeConversationProvider();
    final InMemoryConversationRecords records = new InMemoryConversationRecords();
    final InMemoryOnboardingUsers users = new InMemoryOnboardingUsers();
    final InMemoryCallbackLedger ledger = new InMemoryCallbackLedger(records);
    final RecordingConversationUpdates updates = new RecordingConversationUpdates();
    final HmacCallbackSigner signatures = new HmacCallbackSigner(key());

    OnboardingSettings settings(String personaId) {
        return new OnboardingSettings(personaId == null ? null : PersonaId.of(personaId), ReplicaId.of("r79e1c033f"),
                () -> ENDPOINT, Duration.ofHours(1), Duration.ofMinutes(5));
    }

    StartOnboardingService start(String personaId) {
        return new StartOnboardingService(provider, records, users, signatures, settings(personaId), ids, clock);
    }

    ReceiveCallbackService callbacks() {
        return new ReceiveCallbackService(signatures, ledger, updates, ids, clock);
    }

    OnboardingQueryService queries() {
        return new OnboardingQueryService(records, updates, TRANSCRIPT_GRACE);
    }

    ReconcileConversationsService reconciler() {
        return new ReconcileConversationsService((cutoff, limit) -> reactor.core.publisher.Flux.fromIterable(
                        records.all().stream()
                                .filter(c -> !c.status().isFinished() && c.createdAt().isBefore(cutoff))
                                .limit(limit).toList()),
                provider, ledger, updates, settings("p5317866"), clock);
    }

    /** Starts one onboarding call and returns its record. */
    TrackedConversation onboard(String email) {
        var started = start("p5317866").start(new StartOnboardingCommand(
                new Applicant(email, "Ada", "Lovelace"), null, new Actor("ci-team"))).block();
        return records.findByConversationId(started.conversationId()).block();
    }

    TrackedConversation reload(ConversationId id) {
        return records.findByConversationId(id).block();
    }

    CallbackDelivery signed(TrackedConversation c, Map<String, Object> payload) {
        return new CallbackDelivery(c.trackingId().toString(), signatures.sign(c.trackingId()), json(payload), payload);
    }

    static Map<String, Object> event(TrackedConversation c, String type, String timestamp, Map<String, Object> properties) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("properties", properties);
        payload.put("conversation_id", c.conversationId().value());
        payload.put("webhook_url", ENDPOINT);
        payload.put("event_type", type);
        payload.put("message_type", type.startsWith("system") ? "system" : "application");
        payload.put("timestamp", timestamp);
        return payload;
    }

    static Map<String, Object> replicaJoined(TrackedConversation c) {
        return event(c, "system.replica_joined", "2026-03-01T10:00:05.000000Z", Map.of("replica_id", "r79e1c033f"));
    }

    static Map<String, Object> shutdown(TrackedConversation c) {
        return event(c, "system.shutdown", "2026-03-01T10:12:30.000000Z",
                Map.of("replica_id", "r79e1c033f", "shutdown_reason", "participant_left_timeout"));
    }

    static Map<String, Object> transcriptionReady(TrackedConversation c) {
        return event(c, "application.transcription_ready", "2026-03-01T10:12:30.500000Z", Map.of(
                "replica_id", "r79e1c033f",
                "transcript", List.of(
                        Map.of("role", "system", "content", "You are a host."),
                        Map.of("role", "assistant", "content", "Hi Ada!"),
                        Map.of("role", "user", "content", "Hello."))));
    }

    /** A stand-in JSON rendering: the services only hash and store it, so any stable text works. */
    static String json(Map<String, Object> payload) {
        return payload.toString();
    }

    private static byte[] key() {
        return "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    }
}
