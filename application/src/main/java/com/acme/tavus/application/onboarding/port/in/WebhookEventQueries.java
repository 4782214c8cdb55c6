package com.acme.tavus.application.onboarding.port.in;

import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import com.acme.tavus.domain.shared.Page;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Reads the Tavus callbacks the platform stored, raw, with what it did with each. */
public interface WebhookEventQueries {

    Mono<Page<WebhookEvent>> list(RecordQuery<WebhookEvent.Attribute> query);

    /** One event; fails with {@code NotFoundException} when there is none. */
    Mono<WebhookEvent> get(UUID id);
}
