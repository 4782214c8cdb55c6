package com.acme.tavus.application.onboarding.port.out;

import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import com.acme.tavus.domain.shared.Page;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The stored Tavus callbacks ({@code webhook_events}), read-only. */
public interface WebhookEvents {

    Mono<Page<WebhookEvent>> list(RecordQuery<WebhookEvent.Attribute> query);

    /** Empty when there is no such event. */
    Mono<WebhookEvent> findById(UUID id);
}
