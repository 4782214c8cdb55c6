package com.acme.tavus.application.testing;

import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.domain.webhook.DeliveryStatus;
import com.acme.tavus.domain.webhook.WebhookDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A {@link ConversationEventOutbox} a test scripts: {@link #offer} queues what the next
 * {@link #claimDue} answers, every outcome is recorded in {@link #outcomes}, and
 * {@link #deliveries} is what the reads answer. The real claim rules are the contract's business
 * ({@code ConversationEventOutboxContract}).
 */
public final class ScriptedWebhookOutbox implements ConversationEventOutbox {

    /** One recorded outcome: {@code kind} is delivered, retry or failed. */
    public record Outcome(String kind, UUID deliveryId, Instant at, Instant nextAttemptAt, Integer status, String error) {}

    private final Queue<List<ClaimedDelivery>> claims = new ConcurrentLinkedQueue<>();
    public final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    public final Map<UUID, WebhookDelivery> deliveries = new ConcurrentHashMap<>();

    public void offer(List<ClaimedDelivery> next) {
        claims.add(next);
    }

    @Override
    public Mono<List<ClaimedDelivery>> claimDue(Instant now, Duration lease, int limit) {
        return Mono.fromSupplier(() -> {
            var next = claims.poll();
            return next == null ? List.<ClaimedDelivery>of() : next;
        });
    }

    @Override
    public Mono<Boolean> delivered(ClaimedDelivery claim, Instant at, int httpStatus) {
        return record(new Outcome("delivered", claim.deliveryId(), at, null, httpStatus, null));
    }

    @Override
    public Mono<Boolean> retryLater(ClaimedDelivery claim, Instant at, Instant nextAttemptAt, Integer httpStatus,
            String error) {
        return record(new Outcome("retry", claim.deliveryId(), at, nextAttemptAt, httpStatus, error));
    }

    @Override
    public Mono<Boolean> failed(ClaimedDelivery claim, Instant at, Integer httpStatus, String error) {
        return record(new Outcome("failed", claim.deliveryId(), at, null, httpStatus, error));
    }

    @Override
    public Flux<WebhookDelivery> deliveriesOf(UUID subscriptionId, int limit) {
        return Flux.defer(() -> Flux.fromIterable(deliveries.values().stream()
                .filter(d -> d.subscriptionId().equals(subscriptionId)).limit(limit).toList()));
    }

    @Override
    public Mono<WebhookDelivery> retryNow(UUID subscriptionId, UUID deliveryId, Instant now) {
        return Mono.fromSupplier(() -> {
            var d = deliveries.get(deliveryId);
            if (d == null || !d.subscriptionId().equals(subscriptionId) || d.status() == DeliveryStatus.DELIVERED) {
                return null;
            }
            var retried = new WebhookDelivery(d.id(), d.subscriptionId(), d.eventId(), d.eventType(), d.conversationId(),
                    DeliveryStatus.PENDING, 0, d.createdAt(), now, null, d.lastStatus(), d.lastError());
            deliveries.put(d.id(), retried);
            return retried;
        });
    }

    private Mono<Boolean> record(Outcome outcome) {
        return Mono.fromSupplier(() -> outcomes.add(outcome));
    }
}
