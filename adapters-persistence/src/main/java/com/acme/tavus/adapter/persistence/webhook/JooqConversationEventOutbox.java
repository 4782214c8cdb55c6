package com.acme.tavus.adapter.persistence.webhook;

import static com.acme.tavus.adapter.persistence.jooq.Tables.CONVERSATION_EVENTS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_DELIVERIES;
import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_SUBSCRIPTIONS;

import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.domain.webhook.ConversationEvent;
import com.acme.tavus.domain.webhook.ConversationEventType;
import com.acme.tavus.domain.webhook.DeliveryStatus;
import com.acme.tavus.domain.webhook.WebhookDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link ConversationEventOutbox} over {@code webhook_deliveries} joined with its event and
 * subscription, on the bounded-elastic scheduler.
 *
 * <p>The claim is a conditional {@code UPDATE} per candidate row ("still pending and unclaimed, or
 * its claim expired"), one autocommitted statement each: the database's row lock makes a second
 * dispatcher's update of the same row wait for the first and then match nothing, on PostgreSQL and
 * H2 alike, so no {@code SKIP LOCKED} (which H2 lacks) is needed. Candidates are read without
 * locks; losing a race only costs a wasted candidate.
 */
public final class JooqConversationEventOutbox implements ConversationEventOutbox {

    private static final String DELIVERED = DeliveryStatus.DELIVERED.value();
    private static final String FAILED = DeliveryStatus.FAILED.value();
    private static final int MAX_ERROR = 256;
    private static final com.acme.tavus.adapter.persistence.jooq.tables.WebhookDeliveries D = WEBHOOK_DELIVERIES;

    private final DSLContext dsl;

    public JooqConversationEventOutbox(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<List<ClaimedDelivery>> claimDue(Instant now, Duration lease, int limit) {
        return onJdbcThread(() -> {
            var at = WebhookColumns.toColumn(now);
            var earlier = WEBHOOK_DELIVERIES.as("earlier");
            var candidates = dsl.select(D.ID).from(D)
                    .where(D.STATUS.eq(WebhookColumns.PENDING))
                    .and(D.NEXT_ATTEMPT_AT.le(at))
                    .and(unclaimed(at))
                    .andNotExists(DSL.selectOne().from(earlier)
                            .where(earlier.SUBSCRIPTION_ID.eq(D.SUBSCRIPTION_ID))
                            .and(earlier.CONVERSATION_ID.eq(D.CONVERSATION_ID))
                            .and(earlier.STATUS.eq(WebhookColumns.PENDING))
                            .and(earlier.EVENT_SEQ.lt(D.EVENT_SEQ)))
                    .orderBy(D.EVENT_SEQ, D.ID)
                    .limit(limit)
                    .fetch(D.ID);
            if (candidates.isEmpty()) {
                return List.of();
            }
            var token = UUID.randomUUID();
            var claimed = new ArrayList<UUID>();
            for (var id : candidates) {
                var updated = dsl.update(D)
                        .set(D.CLAIMED_UNTIL, WebhookColumns.toColumn(now.plus(lease)))
                        .set(D.CLAIM_TOKEN, token)
                        .where(D.ID.eq(id))
                        .and(D.STATUS.eq(WebhookColumns.PENDING))
                        .and(unclaimed(at))
                        .execute();
                if (updated == 1) {
                    claimed.add(id);
                }
            }
            if (claimed.isEmpty()) {
                return List.of();
            }
            return dsl.select(D.ID, D.CLAIM_TOKEN, D.ATTEMPTS)
                    .select(CONVERSATION_EVENTS.fields())
                    .select(WEBHOOK_SUBSCRIPTIONS.fields())
                    .from(D)
                    .join(CONVERSATION_EVENTS).on(CONVERSATION_EVENTS.SEQ.eq(D.EVENT_SEQ))
                    .join(WEBHOOK_SUBSCRIPTIONS).on(WEBHOOK_SUBSCRIPTIONS.ID.eq(D.SUBSCRIPTION_ID))
                    .where(D.ID.in(claimed)).and(D.CLAIM_TOKEN.eq(token))
                    .orderBy(D.EVENT_SEQ, D.ID)
                    .fetch(row -> new ClaimedDelivery(row.get(D.ID), row.get(D.CLAIM_TOKEN), row.get(D.ATTEMPTS),
                            JooqWebhookSubscriptions.toDomain(row.into(WEBHOOK_SUBSCRIPTIONS)), event(row)));
        });
    }

    @Override
    public Mono<Boolean> delivered(ClaimedDelivery claim, Instant at, int httpStatus) {
        return onJdbcThread(() -> dsl.update(D)
                .set(D.STATUS, DELIVERED)
                .set(D.ATTEMPTS, D.ATTEMPTS.plus(1))
                .set(D.LAST_ATTEMPT_AT, WebhookColumns.toColumn(at))
                .set(D.DELIVERED_AT, WebhookColumns.toColumn(at))
                .set(D.LAST_STATUS, httpStatus)
                .setNull(D.LAST_ERROR)
                .setNull(D.CLAIMED_UNTIL)
                .setNull(D.CLAIM_TOKEN)
                .where(held(claim))
                .execute() == 1);
    }

    @Override
    public Mono<Boolean> retryLater(ClaimedDelivery claim, Instant at, Instant nextAttemptAt, Integer httpStatus,
            String error) {
        return onJdbcThread(() -> dsl.update(D)
                .set(D.ATTEMPTS, D.ATTEMPTS.plus(1))
                .set(D.LAST_ATTEMPT_AT, WebhookColumns.toColumn(at))
                .set(D.NEXT_ATTEMPT_AT, WebhookColumns.toColumn(nextAttemptAt))
                .set(D.LAST_STATUS, httpStatus)
                .set(D.LAST_ERROR, cut(error))
                .setNull(D.CLAIMED_UNTIL)
                .setNull(D.CLAIM_TOKEN)
                .where(held(claim))
                .execute() == 1);
    }

    @Override
    public Mono<Boolean> failed(ClaimedDelivery claim, Instant at, Integer httpStatus, String error) {
        return onJdbcThread(() -> dsl.update(D)
                .set(D.STATUS, FAILED)
                .set(D.ATTEMPTS, D.ATTEMPTS.plus(1))
                .set(D.LAST_ATTEMPT_AT, WebhookColumns.toColumn(at))
                .set(D.LAST_STATUS, httpStatus)
                .set(D.LAST_ERROR, cut(error))
                .setNull(D.CLAIMED_UNTIL)
                .setNull(D.CLAIM_TOKEN)
                .where(held(claim))
                .execute() == 1);
    }

    @Override
    public Flux<WebhookDelivery> deliveriesOf(UUID subscriptionId, int limit) {
        return onJdbcThread(() -> dsl.select(D.fields())
                        .select(CONVERSATION_EVENTS.ID, CONVERSATION_EVENTS.EVENT_TYPE)
                        .from(D)
                        .join(CONVERSATION_EVENTS).on(CONVERSATION_EVENTS.SEQ.eq(D.EVENT_SEQ))
                        .where(D.SUBSCRIPTION_ID.eq(subscriptionId))
                        .orderBy(D.EVENT_SEQ.desc(), D.ID)
                        .limit(limit)
                        .fetch(JooqConversationEventOutbox::delivery))
                .flatMapIterable(list -> list);
    }

    @Override
    public Mono<WebhookDelivery> retryNow(UUID subscriptionId, UUID deliveryId, Instant now) {
        return onJdbcThread(() -> {
            var updated = dsl.update(D)
                    .set(D.ATTEMPTS, DSL.when(D.STATUS.eq(FAILED), DSL.inline(0)).otherwise(D.ATTEMPTS))
                    .set(D.STATUS, WebhookColumns.PENDING)
                    .set(D.NEXT_ATTEMPT_AT, WebhookColumns.toColumn(now))
                    .setNull(D.CLAIMED_UNTIL)
                    .setNull(D.CLAIM_TOKEN)
                    .where(D.ID.eq(deliveryId))
                    .and(D.SUBSCRIPTION_ID.eq(subscriptionId))
                    .and(D.STATUS.in(WebhookColumns.PENDING, FAILED))
                    .execute();
            if (updated == 0) {
                return null;
            }
            return dsl.select(D.fields())
                    .select(CONVERSATION_EVENTS.ID, CONVERSATION_EVENTS.EVENT_TYPE)
                    .from(D)
                    .join(CONVERSATION_EVENTS).on(CONVERSATION_EVENTS.SEQ.eq(D.EVENT_SEQ))
                    .where(D.ID.eq(deliveryId))
                    .fetchOptional(JooqConversationEventOutbox::delivery)
                    .orElse(null);
        });
    }

    private static Condition unclaimed(java.time.OffsetDateTime at) {
        return D.CLAIMED_UNTIL.isNull().or(D.CLAIMED_UNTIL.le(at));
    }

    private static Condition held(ClaimedDelivery claim) {
        return D.ID.eq(claim.deliveryId()).and(D.CLAIM_TOKEN.eq(claim.claimToken()))
                .and(D.STATUS.eq(WebhookColumns.PENDING));
    }

    private static ConversationEvent event(Record row) {
        return new ConversationEvent(row.get(CONVERSATION_EVENTS.ID),
                ConversationEventType.fromValue(row.get(CONVERSATION_EVENTS.EVENT_TYPE)).orElseThrow(),
                row.get(CONVERSATION_EVENTS.CONVERSATION_ID),
                WebhookColumns.toInstant(row.get(CONVERSATION_EVENTS.OCCURRED_AT)), row.get(CONVERSATION_EVENTS.BODY));
    }

    private static WebhookDelivery delivery(Record row) {
        return new WebhookDelivery(row.get(D.ID), row.get(D.SUBSCRIPTION_ID), row.get(CONVERSATION_EVENTS.ID),
                ConversationEventType.fromValue(row.get(CONVERSATION_EVENTS.EVENT_TYPE)).orElseThrow(),
                row.get(D.CONVERSATION_ID), DeliveryStatus.fromValue(row.get(D.STATUS)), row.get(D.ATTEMPTS),
                WebhookColumns.toInstant(row.get(D.CREATED_AT)), WebhookColumns.toInstant(row.get(D.NEXT_ATTEMPT_AT)),
                WebhookColumns.toInstant(row.get(D.DELIVERED_AT)), row.get(D.LAST_STATUS), row.get(D.LAST_ERROR));
    }

    private static String cut(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static <T> Mono<T> onJdbcThread(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
