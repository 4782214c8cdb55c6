package com.acme.tavus.application.testing;

import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@link WebhookSubscriptions} in a map, for application and web tests. */
public final class InMemoryWebhookSubscriptions implements WebhookSubscriptions {

    private final Map<UUID, WebhookSubscription> byId = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> add(WebhookSubscription subscription) {
        return Mono.fromRunnable(() -> byId.put(subscription.id(), subscription));
    }

    @Override
    public Flux<WebhookSubscription> list() {
        return Flux.defer(() -> Flux.fromIterable(byId.values().stream()
                .sorted(Comparator.comparing(WebhookSubscription::createdAt)).toList()));
    }

    @Override
    public Mono<WebhookSubscription> find(UUID id) {
        return Mono.fromSupplier(() -> byId.get(id));
    }

    @Override
    public Mono<Boolean> remove(UUID id) {
        return Mono.fromSupplier(() -> byId.remove(id) != null);
    }
}
