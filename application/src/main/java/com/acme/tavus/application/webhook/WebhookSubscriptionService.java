package com.acme.tavus.application.webhook;

import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.webhook.port.in.ManageWebhooksUseCase;
import com.acme.tavus.application.webhook.port.in.WebhookQueries;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.webhook.WebhookDelivery;
import com.acme.tavus.domain.webhook.WebhookSecret;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import com.acme.tavus.domain.webhook.WebhookUrl;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registers, lists and removes webhook subscriptions; a new one gets a fresh signing secret and
 * receives the events recorded from then on.
 */
public final class WebhookSubscriptionService implements ManageWebhooksUseCase, WebhookQueries {

    static final String RESOURCE = "webhook";
    static final String DELIVERY = "webhook delivery";
    public static final int MAX_DELIVERIES = 500;
    private static final System.Logger LOG = System.getLogger(WebhookSubscriptionService.class.getName());

    private final WebhookSubscriptions subscriptions;
    private final ConversationEventOutbox outbox;
    private final boolean allowHttp;
    private final IdGenerator ids;
    private final Clock clock;

    /** @param allowHttp lets {@code http} URLs to any host through, not just loopback ones */
    public WebhookSubscriptionService(WebhookSubscriptions subscriptions, ConversationEventOutbox outbox,
            boolean allowHttp, IdGenerator ids, Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.allowHttp = allowHttp;
        this.ids = ids;
        this.clock = clock;
    }

    /** Logs only the URL's host: receivers often put a token of their own in the path or query. */
    @Override
    public Mono<WebhookSubscription> register(RegisterWebhookCommand command, Actor by) {
        return Mono.defer(() -> {
            if (command == null) {
                throw new InvalidValueException("body", "a JSON object with url is required");
            }
            var subscription = new WebhookSubscription(ids.newId(), WebhookUrl.of(command.url(), allowHttp),
                    command.description(), WebhookSecret.generate(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                    by.name());
            return subscriptions.add(subscription).thenReturn(subscription);
        }).doOnNext(s -> LOG.log(Level.INFO, "Webhook {0} to host {1} registered by {2}", s.id(),
                URI.create(s.url().value()).getHost(), by.name()));
    }

    @Override
    public Mono<Void> remove(UUID id, Actor by) {
        return subscriptions.remove(id).flatMap(removed -> {
            if (!removed) {
                return Mono.error(new NotFoundException(RESOURCE, id.toString()));
            }
            LOG.log(Level.INFO, "Webhook {0} removed by {1}", id, by.name());
            return Mono.<Void>empty();
        });
    }

    @Override
    public Mono<WebhookDelivery> retryNow(UUID subscriptionId, UUID deliveryId, Actor by) {
        return outbox.retryNow(subscriptionId, deliveryId, clock.instant())
                .switchIfEmpty(Mono.error(() -> new NotFoundException(DELIVERY, deliveryId.toString())))
                .doOnNext(d -> LOG.log(Level.INFO, "Webhook delivery {0} retried by {1}", deliveryId, by.name()));
    }

    @Override
    public Flux<WebhookSubscription> list() {
        return subscriptions.list();
    }

    @Override
    public Mono<WebhookSubscription> get(UUID id) {
        return subscriptions.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id.toString())));
    }

    @Override
    public Flux<WebhookDelivery> deliveries(UUID subscriptionId, int limit) {
        if (limit < 1 || limit > MAX_DELIVERIES) {
            return Flux.error(new InvalidValueException("limit", "must be between 1 and " + MAX_DELIVERIES));
        }
        return get(subscriptionId).flatMapMany(s -> outbox.deliveriesOf(s.id(), limit));
    }
}
