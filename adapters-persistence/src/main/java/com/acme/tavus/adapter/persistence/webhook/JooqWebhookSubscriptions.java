package com.acme.tavus.adapter.persistence.webhook;

import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_SUBSCRIPTIONS;

import com.acme.tavus.adapter.persistence.jooq.tables.records.WebhookSubscriptionsRecord;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import com.acme.tavus.domain.webhook.WebhookSecret;
import com.acme.tavus.domain.webhook.WebhookSubscription;
import com.acme.tavus.domain.webhook.WebhookUrl;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@link WebhookSubscriptions} in {@code webhook_subscriptions}; deliveries go with their subscription (cascade). */
public final class JooqWebhookSubscriptions implements WebhookSubscriptions {

    private final DSLContext dsl;

    public JooqWebhookSubscriptions(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Void> add(WebhookSubscription s) {
        Objects.requireNonNull(s, "subscription");
        return Mono.fromCallable(() -> dsl.insertInto(WEBHOOK_SUBSCRIPTIONS)
                        .set(WEBHOOK_SUBSCRIPTIONS.ID, s.id())
                        .set(WEBHOOK_SUBSCRIPTIONS.URL, s.url().value())
                        .set(WEBHOOK_SUBSCRIPTIONS.DESCRIPTION, s.description())
                        .set(WEBHOOK_SUBSCRIPTIONS.SIGNING_SECRET, s.secret().value())
                        .set(WEBHOOK_SUBSCRIPTIONS.CREATED_AT, WebhookColumns.toColumn(s.createdAt()))
                        .set(WEBHOOK_SUBSCRIPTIONS.CREATED_BY, s.createdBy())
                        .execute())
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    @Override
    public Flux<WebhookSubscription> list() {
        return Mono.fromCallable(() -> dsl.selectFrom(WEBHOOK_SUBSCRIPTIONS)
                        .orderBy(WEBHOOK_SUBSCRIPTIONS.CREATED_AT, WEBHOOK_SUBSCRIPTIONS.ID)
                        .fetch(JooqWebhookSubscriptions::toDomain))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapIterable(list -> list);
    }

    @Override
    public Mono<WebhookSubscription> find(UUID id) {
        Objects.requireNonNull(id, "id");
        return Mono.fromCallable(() -> dsl.selectFrom(WEBHOOK_SUBSCRIPTIONS)
                        .where(WEBHOOK_SUBSCRIPTIONS.ID.eq(id))
                        .fetchOptional()
                        .map(JooqWebhookSubscriptions::toDomain)
                        .orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Boolean> remove(UUID id) {
        Objects.requireNonNull(id, "id");
        return Mono.fromCallable(() -> dsl.deleteFrom(WEBHOOK_SUBSCRIPTIONS).where(WEBHOOK_SUBSCRIPTIONS.ID.eq(id)).execute() > 0)
                .subscribeOn(Schedulers.boundedElastic());
    }

    static WebhookSubscription toDomain(WebhookSubscriptionsRecord row) {
        return new WebhookSubscription(row.getId(), new WebhookUrl(row.getUrl()), row.getDescription(),
                new WebhookSecret(row.getSigningSecret()), WebhookColumns.toInstant(row.getCreatedAt()), row.getCreatedBy());
    }
}
