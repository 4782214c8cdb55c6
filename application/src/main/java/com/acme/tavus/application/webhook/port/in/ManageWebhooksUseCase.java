package com.acme.tavus.application.webhook.port.in;

import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.webhook.WebhookDelivery;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Use case: register and remove webhook endpoints, and push a delivery to be tried again now. */
public interface ManageWebhooksUseCase {

    /** Registers {@code url}; the answer is the only place its signing secret is ever shown. */
    Mono<WebhookSubscription> register(RegisterWebhookCommand command, Actor by);

    /** Removes a subscription and its pending deliveries; not found when there is none. */
    Mono<Void> remove(UUID id, Actor by);

    /** Makes a pending or failed delivery due now; not found when there is none (or it was delivered). */
    Mono<WebhookDelivery> retryNow(UUID subscriptionId, UUID deliveryId, Actor by);

    /** What to register: the URL as given (checked by the service) and an optional description. */
    record RegisterWebhookCommand(String url, String description) {}
}
