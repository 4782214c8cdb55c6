package com.acme.tavus.application.webhook.port.out;

import com.acme.tavus.domain.webhook.ConversationEvent;
import com.acme.tavus.domain.webhook.WebhookDelivery;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox of conversation events and their deliveries ({@code conversation_events},
 * {@code webhook_deliveries}), as the dispatcher sees it.
 *
 * <p><b>How events get in:</b> not through this port. Every persistence adapter that writes a
 * tracked conversation ({@code ConversationRecords.add/update}, {@code CallbackLedger.record/update})
 * records {@link ConversationEvent#between the events of that change} and one pending delivery per
 * current subscription <em>in the same transaction</em> as the change, so a change is never kept
 * without its events, nor the other way round (ADR 0016).
 *
 * <p><b>Claims:</b> a delivery is sent by whoever claimed it, under a lease: {@link #claimDue}
 * marks due deliveries as claimed until {@code now + lease} with a fresh claim token, atomically
 * per delivery, so two dispatchers (threads or instances on one database) never hold the same
 * delivery at once. The outcome is written only while the claim token still matches. A dispatcher
 * that dies mid-send leaves its deliveries to be claimed again once the lease ends (at least once;
 * receivers deduplicate by {@code webhook-id}).
 *
 * <p><b>Order:</b> a delivery is due only when no earlier event of the same conversation is still
 * pending for the same subscription, so each endpoint sees a conversation's events in order.
 */
public interface ConversationEventOutbox {

    /**
     * Claims up to {@code limit} pending deliveries that are due at {@code now}, unclaimed (or whose
     * claim expired) and first in line for their conversation and subscription; oldest events first.
     */
    Mono<List<ClaimedDelivery>> claimDue(Instant now, Duration lease, int limit);

    /** Records a 2xx answer. False when the claim was lost (lease over and claimed again). */
    Mono<Boolean> delivered(ClaimedDelivery claim, Instant at, int httpStatus);

    /** Records a failed attempt and when to try again; the delivery stays pending. */
    Mono<Boolean> retryLater(ClaimedDelivery claim, Instant at, Instant nextAttemptAt, Integer httpStatus, String error);

    /** Records a failed last attempt: the delivery is given up ({@code failed}). */
    Mono<Boolean> failed(ClaimedDelivery claim, Instant at, Integer httpStatus, String error);

    /** A subscription's deliveries, newest event first, at most {@code limit}. */
    Flux<WebhookDelivery> deliveriesOf(UUID subscriptionId, int limit);

    /**
     * Makes a pending or failed delivery of {@code subscriptionId} due at {@code now}, releasing
     * any claim and (for a failed one) resetting its attempts. Empty when there is no such delivery
     * or it was already delivered.
     */
    Mono<WebhookDelivery> retryNow(UUID subscriptionId, UUID deliveryId, Instant now);

    /**
     * A claimed delivery with everything needed to send it.
     *
     * @param claimToken proves the claim when the outcome is written
     * @param attempts attempts finished before this one
     */
    record ClaimedDelivery(UUID deliveryId, UUID claimToken, int attempts, WebhookSubscription subscription,
            ConversationEvent event) {
        public ClaimedDelivery {
            Objects.requireNonNull(deliveryId, "deliveryId");
            Objects.requireNonNull(claimToken, "claimToken");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(event, "event");
        }
    }
}
