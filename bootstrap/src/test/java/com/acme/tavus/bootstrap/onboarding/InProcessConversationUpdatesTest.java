package com.acme.tavus.bootstrap.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.memory.MemorySingleRunnerLock;
import com.acme.tavus.application.onboarding.port.in.ReconcileConversationsUseCase;
import com.acme.tavus.bootstrap.scheduling.SingleRunner;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class InProcessConversationUpdatesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void changesOf_seesOnlyItsConversationsChangesPublishedAfterSubscribing() {
        var updates = new InProcessConversationUpdates();
        var a = tracked("ca");
        var b = tracked("cb");
        updates.publish(a); // nobody listening: dropped, never an error

        StepVerifier.create(updates.changesOf(a.conversationId()).take(2))
                .then(() -> {
                    updates.publish(b);
                    updates.publish(a.joined(T0));
                    updates.publish(a.ended(T0.plusSeconds(60)));
                })
                .assertNext(c -> assertThat(c.status().value()).isEqualTo("active"))
                .assertNext(c -> assertThat(c.status().value()).isEqualTo("completed"))
                .verifyComplete();
    }

    @Test
    void reconcileScheduler_runsOncePerIntervalUntilStopped() {
        var virtualTime = VirtualTimeScheduler.getOrSet();
        try {
            var passes = new AtomicInteger();
            ReconcileConversationsUseCase reconcile = () -> Mono.fromSupplier(passes::incrementAndGet).map(n -> 0);
            var scheduler = new ReconcileScheduler(reconcile, Duration.ofMinutes(1), alone());

            scheduler.start();
            virtualTime.advanceTimeBy(Duration.ofSeconds(59));
            assertThat(passes).hasValue(0);
            virtualTime.advanceTimeBy(Duration.ofMinutes(2).plusSeconds(1));
            assertThat(passes).hasValue(3);
            assertThat(scheduler.isRunning()).isTrue();

            scheduler.stop();
            virtualTime.advanceTimeBy(Duration.ofMinutes(5));
            assertThat(passes).hasValue(3);
            assertThat(scheduler.isRunning()).isFalse();
        } finally {
            VirtualTimeScheduler.reset();
        }
    }

    @Test
    void reconcileScheduler_survivesAFailingPass() {
        var virtualTime = VirtualTimeScheduler.getOrSet();
        try {
            var passes = new AtomicInteger();
            ReconcileConversationsUseCase reconcile = () -> passes.incrementAndGet() == 1
                    ? Mono.error(new IllegalStateException("database down")) : Mono.just(1);
            var scheduler = new ReconcileScheduler(reconcile, Duration.ofMinutes(1), alone());

            scheduler.start();
            virtualTime.advanceTimeBy(Duration.ofMinutes(3));
            scheduler.stop();

            assertThat(passes).hasValue(3);
        } finally {
            VirtualTimeScheduler.reset();
        }
    }

    /** A single-runner over a lock of its own, free again as soon as a pass ends. */
    private static SingleRunner alone() {
        return new SingleRunner(new MemorySingleRunnerLock(), ReconcileScheduler.JOB, Duration.ofMinutes(10),
                Duration.ZERO, Clock.systemUTC(), null);
    }

    private static TrackedConversation tracked(String id) {
        var created = new Conversation(ConversationId.of(id), null, "https://x/" + id, ConversationStatus.ACTIVE, null,
                null, PersonaId.of("p5317866"), null, null, null, Map.of());
        var request = new ConversationRequest(null, PersonaId.of("p5317866"), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        return TrackedConversation.startTracking(UUID.randomUUID(), UUID.randomUUID(), created, request,
                Participant.NONE, new Actor("test"), T0);
    }
}
