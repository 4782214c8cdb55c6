package com.acme.tavus.application.webhook.port.out;

import com.acme.tavus.domain.webhook.WebhookSubscription;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The registered webhook endpoints ({@code webhook_subscriptions}). Every conversation event
 * recorded while a subscription exists gets one delivery for it (see {@link ConversationEventOutbox}).
 */
public interface WebhookSubscriptions {

    /** Stores a new subscription. */
    Mono<Void> add(WebhookSubscription subscription);

    /** Every subscription, oldest first. */
    Flux<WebhookSubscription> list();

    /** One subscription; empty when there is none with that id. */
    Mono<WebhookSubscription> find(UUID id);

    /** Removes the subscription and its deliveries (pending ones are never sent); false when there was none. */
    Mono<Boolean> remove(UUID id);
}
