package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.webhook.ConversationEvent;
import com.acme.tavus.domain.webhook.DeliveryStatus;
import com.acme.tavus.domain.webhook.WebhookDelivery;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Webhook subscriptions, the event outbox and the deliveries in memory. Every method holds this
 * object's monitor, so a claim is atomic; {@link MemoryConversationRecords} calls
 * {@link #record} while holding its own write lock (that lock, then this monitor; never the other
 * way), so a conversation change and its events are kept together. Unbounded: see the package
 * documentation.
 */
public final class MemoryWebhooks implements WebhookSubscriptions, ConversationEventOutbox {

    private final Map<UUID, WebhookSubscription> subscriptions = new LinkedHashMap<>();
    private final Map<UUID, ConversationEvent> events = new HashMap<>();
    private final Map<UUID, Row> deliveries = new LinkedHashMap<>();
    private long nextSeq = 1;

    /** A delivery and the state the table keeps beside it. */
    private record Row(WebhookDelivery delivery, long seq, Instant claimedUntil, UUID claimToken) {
        Row with(WebhookDelivery changed, Instant until, UUID token) {
            return new Row(changed, seq, until, token);
        }
    }

    /** Records the events of a change and their deliveries; call under the records' write lock. */
    synchronized void record(TrackedConversation before, TrackedConversation after) {
        var changeEvents = ConversationEvent.between(before, after);
        if (changeEvents.isEmpty() || subscriptions.isEmpty()) {
            return;
        }
        for (var event : changeEvents) {
            if (events.putIfAbsent(event.id(), event) != null) {
                continue;
            }
            var seq = nextSeq++;
            for (var subscription : subscriptions.values()) {
                var delivery = new WebhookDelivery(UUID.randomUUID(), subscription.id(), event.id(), event.type(),
                        event.conversationId(), DeliveryStatus.PENDING, 0, event.occurredAt(), event.occurredAt(), null,
                        null, null);
                deliveries.put(delivery.id(), new Row(delivery, seq, null, null));
            }
        }
    }

    @Override
    public Mono<Void> add(WebhookSubscription subscription) {
        Objects.requireNonNull(subscription, "subscription");
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                if (subscriptions.putIfAbsent(subscription.id(), subscription) != null) {
                    throw new IllegalStateException("a webhook subscription with id " + subscription.id() + " exists");
                }
            }
        });
    }

    @Override
    public Flux<WebhookSubscription> list() {
        return Flux.defer(() -> {
            synchronized (this) {
                return Flux.fromIterable(subscriptions.values().stream()
                        .sorted(Comparator.comparing(WebhookSubscription::createdAt).thenComparing(WebhookSubscription::id))
                        .toList());
            }
        });
    }

    @Override
    public Mono<WebhookSubscription> find(UUID id) {
        return Mono.fromSupplier(() -> {
            synchronized (this) {
                return subscriptions.get(id);
            }
        });
    }

    @Override
    public Mono<Boolean> remove(UUID id) {
        return Mono.fromSupplier(() -> {
            synchronized (this) {
                if (subscriptions.remove(id) == null) {
                    return false;
                }
                deliveries.values().removeIf(row -> row.delivery().subscriptionId().equals(id));
                return true;
            }
        });
    }

    @Override
    public Mono<List<ClaimedDelivery>> claimDue(Instant now, Duration lease, int limit) {
        return Mono.fromSupplier(() -> {
            synchronized (this) {
                var token = UUID.randomUUID();
                var due = deliveries.values().stream()
                        .filter(row -> row.delivery().status() == DeliveryStatus.PENDING)
                        .filter(row -> !row.delivery().nextAttemptAt().isAfter(now))
                        .filter(row -> row.claimedUntil() == null || !row.claimedUntil().isAfter(now))
                        .filter(this::firstInLine)
                        .sorted(Comparator.comparingLong(Row::seq).thenComparing(row -> row.delivery().id()))
                        .limit(limit)
                        .toList();
                var claimed = new ArrayList<ClaimedDelivery>();
                for (var row : due) {
                    var d = row.delivery();
                    deliveries.put(d.id(), row.with(d, now.plus(lease), token));
                    claimed.add(new ClaimedDelivery(d.id(), token, d.attempts(), subscriptions.get(d.subscriptionId()),
                            events.get(d.eventId())));
                }
                return List.copyOf(claimed);
            }
        });
    }

    @Override
    public Mono<Boolean> delivered(ClaimedDelivery claim, Instant at, int httpStatus) {
        return finish(claim, d -> new WebhookDelivery(d.id(), d.subscriptionId(), d.eventId(), d.eventType(),
                d.conversationId(), DeliveryStatus.DELIVERED, d.attempts() + 1, d.createdAt(), d.nextAttemptAt(), at,
                httpStatus, null));
    }

    @Override
    public Mono<Boolean> retryLater(ClaimedDelivery claim, Instant at, Instant nextAttemptAt, Integer httpStatus,
            String error) {
        return finish(claim, d -> new WebhookDelivery(d.id(), d.subscriptionId(), d.eventId(), d.eventType(),
                d.conversationId(), DeliveryStatus.PENDING, d.attempts() + 1, d.createdAt(), nextAttemptAt, null,
                httpStatus, error));
    }

    @Override
    public Mono<Boolean> failed(ClaimedDelivery claim, Instant at, Integer httpStatus, String error) {
        return finish(claim, d -> new WebhookDelivery(d.id(), d.subscriptionId(), d.eventId(), d.eventType(),
                d.conversationId(), DeliveryStatus.FAILED, d.attempts() + 1, d.createdAt(), d.nextAttemptAt(), null,
                httpStatus, error));
    }

    @Override
    public Flux<WebhookDelivery> deliveriesOf(UUID subscriptionId, int limit) {
        return Flux.defer(() -> {
            synchronized (this) {
                return Flux.fromIterable(deliveries.values().stream()
                        .filter(row -> row.delivery().subscriptionId().equals(subscriptionId))
                        .sorted(Comparator.comparingLong(Row::seq).reversed().thenComparing(row -> row.delivery().id()))
                        .limit(limit)
                        .map(Row::delivery)
                        .toList());
            }
        });
    }

    @Override
    public Mono<WebhookDelivery> retryNow(UUID subscriptionId, UUID deliveryId, Instant now) {
        return Mono.fromSupplier(() -> {
            synchronized (this) {
                var row = deliveries.get(deliveryId);
                if (row == null || !row.delivery().subscriptionId().equals(subscriptionId)
                        || row.delivery().status() == DeliveryStatus.DELIVERED) {
                    return null;
                }
                var d = row.delivery();
                var retried = new WebhookDelivery(d.id(), d.subscriptionId(), d.eventId(), d.eventType(),
                        d.conversationId(), DeliveryStatus.PENDING,
                        d.status() == DeliveryStatus.FAILED ? 0 : d.attempts(), d.createdAt(), now, null,
                        d.lastStatus(), d.lastError());
                deliveries.put(d.id(), row.with(retried, null, null));
                return retried;
            }
        });
    }

    private boolean firstInLine(Row row) {
        var d = row.delivery();
        return deliveries.values().stream().noneMatch(other -> other.seq() < row.seq()
                && other.delivery().status() == DeliveryStatus.PENDING
                && other.delivery().subscriptionId().equals(d.subscriptionId())
                && other.delivery().conversationId().equals(d.conversationId()));
    }

    private Mono<Boolean> finish(ClaimedDelivery claim, java.util.function.UnaryOperator<WebhookDelivery> outcome) {
        return Mono.fromSupplier(() -> {
            synchronized (this) {
                var row = deliveries.get(claim.deliveryId());
                if (row == null || !claim.claimToken().equals(row.claimToken())
                        || row.delivery().status() != DeliveryStatus.PENDING) {
                    return false;
                }
                deliveries.put(row.delivery().id(), row.with(outcome.apply(row.delivery()), null, null));
                return true;
            }
        });
    }
}
