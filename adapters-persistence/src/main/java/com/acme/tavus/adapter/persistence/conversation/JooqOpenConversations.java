package com.acme.tavus.adapter.persistence.conversation;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;

import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@link OpenConversations} over {@code tavus_conversations} (uses the status index). */
public final class JooqOpenConversations implements OpenConversations {

    private final DSLContext dsl;

    public JooqOpenConversations(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Flux<TrackedConversation> openCreatedBefore(Instant cutoff, int limit) {
        Objects.requireNonNull(cutoff, "cutoff");
        return Mono.fromCallable(() -> dsl.selectFrom(TAVUS_CONVERSATIONS)
                        .where(TAVUS_CONVERSATIONS.STATUS.in(
                                List.of(TrackingStatus.CREATED.value(), TrackingStatus.ACTIVE.value())))
                        .and(TAVUS_CONVERSATIONS.CREATED_AT.lt(ConversationRowMapper.toColumn(cutoff)))
                        .orderBy(TAVUS_CONVERSATIONS.CREATED_AT)
                        .limit(limit)
                        .fetch(ConversationRowMapper::toDomain))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapIterable(rows -> rows);
    }
}
