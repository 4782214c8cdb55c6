package com.acme.tavus.adapter.persistence.onboarding;

import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_EVENTS;

import com.acme.tavus.adapter.persistence.JooqRecordQueries;
import com.acme.tavus.adapter.persistence.jooq.tables.records.WebhookEventsRecord;
import com.acme.tavus.application.onboarding.port.out.WebhookEvents;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.WebhookEvent;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@link WebhookEvents} over {@code webhook_events} (written by the callback ledger), read-only. */
public final class JooqWebhookEvents implements WebhookEvents {

    private static final Map<WebhookEvent.Attribute, Field<?>> COLUMNS = Map.of(
            WebhookEvent.Attribute.RECEIVED_AT, WEBHOOK_EVENTS.RECEIVED_AT,
            WebhookEvent.Attribute.CONVERSATION_ID, WEBHOOK_EVENTS.CONVERSATION_ID,
            WebhookEvent.Attribute.EVENT_TYPE, WEBHOOK_EVENTS.EVENT_TYPE,
            WebhookEvent.Attribute.EVENT_TIMESTAMP, WEBHOOK_EVENTS.EVENT_TIMESTAMP,
            WebhookEvent.Attribute.OUTCOME, WEBHOOK_EVENTS.OUTCOME);

    private final DSLContext dsl;

    public JooqWebhookEvents(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Page<WebhookEvent>> list(RecordQuery<WebhookEvent.Attribute> query) {
        return Mono.fromCallable(() -> JooqRecordQueries.page(dsl, WEBHOOK_EVENTS, query, COLUMNS,
                        List.of(WEBHOOK_EVENTS.ID.asc()), JooqWebhookEvents::toDomain))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<WebhookEvent> findById(UUID id) {
        return Mono.fromCallable(() -> dsl.selectFrom(WEBHOOK_EVENTS).where(WEBHOOK_EVENTS.ID.eq(id)).fetchOptional()
                        .map(JooqWebhookEvents::toDomain).orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static WebhookEvent toDomain(WebhookEventsRecord row) {
        return new WebhookEvent(row.getId(), JooqRecordQueries.toInstant(row.getReceivedAt()), row.getConversationId(),
                row.getTavusTrackingId(), row.getEventType(), JooqRecordQueries.toInstant(row.getEventTimestamp()),
                row.getDedupKey(), row.getPayloadSha256(), row.getPayload(), row.getOutcome());
    }
}
