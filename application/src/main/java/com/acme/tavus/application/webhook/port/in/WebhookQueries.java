package com.acme.tavus.application.webhook.port.in;

import com.acme.tavus.domain.webhook.WebhookDelivery;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of webhook subscriptions and their deliveries. Callers must not show a subscription's secret. */
public interface WebhookQueries {

    /** Every subscription, oldest first. */
    Flux<WebhookSubscription> list();

    /** One subscription; not found when there is none. */
    Mono<WebhookSubscription> get(UUID id);

    /** Its deliveries, newest event first, at most {@code limit} (1-500); not found when there is no such subscription. */
    Flux<WebhookDelivery> deliveries(UUID subscriptionId, int limit);
}
