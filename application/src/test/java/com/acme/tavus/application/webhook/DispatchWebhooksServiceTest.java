package com.acme.tavus.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.ScriptedWebhookOutbox;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox.ClaimedDelivery;
import com.acme.tavus.application.webhook.port.out.WebhookSender;
import com.acme.tavus.application.webhook.port.out.WebhookSender.SendResult;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.webhook.ConversationEvent;
import com.acme.tavus.domain.webhook.RetryPolicy;
import com.acme.tavus.domain.webhook.WebhookSecret;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import com.acme.tavus.domain.webhook.WebhookUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class DispatchWebhooksServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 3, Duration.ofDays(3));

    private final MutableClock clock = new MutableClock(NOW);
    private final ScriptedWebhookOutbox outbox = new ScriptedWebhookOutbox();
    private final Queue<SendResult> answers = new ArrayDeque<>();
    private final List<Map<String, String>> sentHeaders = new CopyOnWriteArrayList<>();
    private final WebhookSender sender = (url, headers, body) -> {
        sentHeaders.add(headers);
        var next = answers.poll();
        return next == null ? Mono.error(new IllegalStateException("unexpected send")) : Mono.just(next);
    };
    private final DispatchWebhooksService service = new DispatchWebhooksService(outbox, sender,
            new DispatchWebhooksService.Settings(RETRY, Duration.ofMinutes(1), 10, 2), new Random(1), clock);

    @Test
    void a2xxIsDeliveredAndSignedWithTheSubscriptionsSecret() {
        var claim = claim(0, NOW);
        outbox.offer(List.of(claim));
        answers.add(SendResult.answered(204));

        assertThat(service.dispatchDue().block()).isEqualTo(1);

        assertThat(outbox.outcomes).extracting(ScriptedWebhookOutbox.Outcome::kind).containsExactly("delivered");
        var headers = sentHeaders.getFirst();
        assertThat(headers.get("webhook-id")).isEqualTo(claim.event().id().toString());
        assertThat(headers.get("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(headers.get("webhook-signature")).isEqualTo("v1," + WebhookSignature.sign(claim.subscription().secret(),
                claim.event().id().toString(), headers.get("webhook-timestamp"), claim.event().body()));
    }

    @Test
    void aFailureIsRetriedAfterABackoffAndTheLastAttemptGivesUp() {
        outbox.offer(List.of(claim(0, NOW), claim(2, NOW)));
        answers.add(SendResult.answered(503));
        answers.add(SendResult.unreachable("connection failed"));

        assertThat(service.dispatchDue().block()).isZero();

        assertThat(outbox.outcomes).hasSize(2);
        var retry = outbox.outcomes.stream().filter(o -> o.kind().equals("retry")).findFirst().orElseThrow();
        var failed = outbox.outcomes.stream().filter(o -> o.kind().equals("failed")).findFirst().orElseThrow();
        assertThat(retry.nextAttemptAt()).isBetween(NOW.plusMillis(500), NOW.plusSeconds(1));
        assertThat(List.of(retry.error(), failed.error())).containsExactlyInAnyOrder("HTTP 503", "connection failed");
    }

    @Test
    void anEventOlderThanTheMaximumAgeIsGivenUpAtItsNextFailure() {
        outbox.offer(List.of(claim(0, NOW.minus(Duration.ofDays(3)))));
        answers.add(SendResult.answered(500));

        service.dispatchDue().block();

        assertThat(outbox.outcomes).extracting(ScriptedWebhookOutbox.Outcome::kind).containsExactly("failed");
    }

    @Test
    void aSenderErrorCountsAsAFailedAttemptAndADeliveryLetsTheNextRoundRun() {
        outbox.offer(List.of(claim(0, NOW)));
        outbox.offer(List.of(claim(0, NOW)));
        answers.add(SendResult.answered(200));
        // The second round's send fails with an error signal (no answer queued).

        assertThat(service.dispatchDue().block()).isEqualTo(1);

        assertThat(outbox.outcomes).extracting(ScriptedWebhookOutbox.Outcome::kind).containsExactly("delivered", "retry");
        assertThat(outbox.outcomes.get(1).error()).isEqualTo("IllegalStateException");
    }

    private static ClaimedDelivery claim(int attempts, Instant occurredAt) {
        var conversation = new TrackedConversation(UUID.randomUUID(), null, new ConversationId("c1a2b3c4"), null,
                UUID.randomUUID(), null, TrackingStatus.CREATED, occurredAt, null, null, null, Map.of(), null, null, null,
                null, "team/ci", occurredAt);
        var event = ConversationEvent.between(null, conversation).getFirst();
        var subscription = new WebhookSubscription(UUID.randomUUID(), WebhookUrl.of("https://hooks.example.com/h", false),
                null, WebhookSecret.generate(), NOW, "team/admin");
        return new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), attempts, subscription, event);
    }
}
