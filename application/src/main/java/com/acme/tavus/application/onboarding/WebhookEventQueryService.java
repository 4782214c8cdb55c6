package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.onboarding.port.in.WebhookEventQueries;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import com.acme.tavus.domain.shared.Page;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Reads the stored Tavus callbacks. */
public final class WebhookEventQueryService implements WebhookEventQueries {

    private final WebhookEvents events;

    public WebhookEventQueryService(WebhookEvents events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public Mono<Page<WebhookEvent>> list(RecordQuery<WebhookEvent.Attribute> query) {
        return events.list(query);
    }

    @Override
    public Mono<WebhookEvent> get(UUID id) {
        return events.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("webhook event", id.toString())));
    }
}
