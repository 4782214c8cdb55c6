package com.acme.tavus.adapter.persistence.conversation;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.testing.StatementThreads;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.testing.contract.ConversationRecordsContract;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The port contract plus what is specific to the jOOQ adapter (column formats, error types,
 * threading), for any database: subclasses only supply a migrated {@link DSLContext}.
 */
public abstract class JooqConversationRecordsTestBase extends ConversationRecordsContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected ConversationRecords records() {
        return new JooqConversationRecords(dsl());
    }

    @Override
    protected UUID existingUserId() {
        var id = UUID.randomUUID();
        var email = "user-" + id + "@example.com";
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        dsl().insertInto(USERS)
                .set(USERS.ID, id)
                .set(USERS.EMAIL, email)
                .set(USERS.EMAIL_NORMALIZED, email)
                .set(USERS.FIRST_NAME, "Ada")
                .set(USERS.LAST_NAME, "Lovelace")
                .set(USERS.CREATED_AT, now)
                .set(USERS.UPDATED_AT, now)
                .execute();
        return id;
    }

    @Test
    void aDuplicateSurfacesAsJooqsIntegrityConstraintViolation() {
        var first = aFullConversation();
        add(first);
        var clash = withMetadata(aFullConversation(), Map.of());
        var sameConversationId = new TrackedConversation(clash.id(), clash.userId(), first.conversationId(),
                clash.conversationUrl(), clash.trackingId(), clash.email(), clash.status(), clash.createdAt(),
                clash.completedAt(), clash.transcript(), clash.durationSeconds(), clash.metadata(),
                clash.completionUrl(), clash.personaId(), clash.replicaId(), clash.conversationName(),
                clash.createdBy(), clash.updatedAt());

        StepVerifier.create(records().add(sameConversationId))
                .expectError(IntegrityConstraintViolationException.class)
                .verify(TIMEOUT);
    }

    @Test
    void anUpdateOfAMissingRowFailsWithIllegalState() {
        StepVerifier.create(records().update(aFullConversation()))
                .expectError(IllegalStateException.class)
                .verify(TIMEOUT);
    }

    @Test
    void timestampsAreStoredInUtcTruncatedToMicroseconds() {
        var withNanos = Instant.parse("2026-03-01T10:15:30.123456789Z");
        var conversation = aFullConversation();
        conversation = new TrackedConversation(conversation.id(), conversation.userId(),
                conversation.conversationId(), null, conversation.trackingId(), null, TrackingStatus.COMPLETED,
                withNanos, withNanos.plusNanos(999), null, null, Map.of(), null, null, null, null, null,
                withNanos);

        add(conversation);

        var micros = Instant.parse("2026-03-01T10:15:30.123456Z");
        var found = find(conversation.conversationId());
        assertThat(found.createdAt()).isEqualTo(micros);
        assertThat(found.completedAt()).isEqualTo(micros.plusNanos(1_000));
        assertThat(found.updatedAt()).isEqualTo(micros);
        var stored = dsl().select(TAVUS_CONVERSATIONS.CREATED_AT).from(TAVUS_CONVERSATIONS)
                .where(TAVUS_CONVERSATIONS.ID.eq(conversation.id())).fetchSingle().value1();
        assertThat(stored.toInstant()).isEqualTo(micros);
    }

    @Test
    void metadataIsStoredAsJsonObjectTextAndEmptyAsAnEmptyObject() {
        var withMetadata = withMetadata(aFullConversation(), Map.of("attempts", 2, "tags", List.of("x")));
        var without = withMetadata(aFullConversation(), Map.of());
        add(withMetadata);
        add(without);

        var json = JsonMapper.builder().build();
        assertThat(json.readValue(storedMetadata(withMetadata.id()), Map.class))
                .isEqualTo(Map.of("attempts", 2, "tags", List.of("x")));
        assertThat(storedMetadata(without.id())).isEqualTo("{}");
    }

    @Test
    void statusIsStoredInTheWireVocabulary() {
        var conversation = aFullConversation();
        add(conversation);

        var stored = dsl().select(TAVUS_CONVERSATIONS.STATUS).from(TAVUS_CONVERSATIONS)
                .where(TAVUS_CONVERSATIONS.ID.eq(conversation.id())).fetchSingle().value1();
        assertThat(stored).isEqualTo("active");
    }

    @Test
    void readsARowWrittenByOlderToolsWithNullMetadataAndBlankIds() {
        var id = UUID.randomUUID();
        var conversationId = newConversationId();
        var at = OffsetDateTime.parse("2025-12-31T23:59:59+02:00");
        dsl().insertInto(TAVUS_CONVERSATIONS)
                .set(TAVUS_CONVERSATIONS.ID, id)
                .set(TAVUS_CONVERSATIONS.CONVERSATION_ID, conversationId.value())
                .set(TAVUS_CONVERSATIONS.TAVUS_TRACKING_ID, UUID.randomUUID())
                .set(TAVUS_CONVERSATIONS.STATUS, "COMPLETED")
                .set(TAVUS_CONVERSATIONS.CREATED_AT, at)
                .set(TAVUS_CONVERSATIONS.UPDATED_AT, at)
                .set(TAVUS_CONVERSATIONS.PERSONA_ID, "")
                .set(TAVUS_CONVERSATIONS.REPLICA_ID, " ")
                .execute();

        var found = find(conversationId);

        assertThat(found.metadata()).isEmpty();
        assertThat(found.personaId()).isNull();
        assertThat(found.replicaId()).isNull();
        assertThat(found.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(found.createdAt()).isEqualTo(Instant.parse("2025-12-31T21:59:59Z"));
    }

    @Test
    void metadataThatIsNotAJsonObjectIsAnErrorSignal() {
        var conversation = aFullConversation();
        add(conversation);
        dsl().update(TAVUS_CONVERSATIONS).set(TAVUS_CONVERSATIONS.METADATA, "[1, 2]")
                .where(TAVUS_CONVERSATIONS.ID.eq(conversation.id())).execute();

        StepVerifier.create(records().findByConversationId(conversation.conversationId()))
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(conversation.conversationId().value()))
                .verify(TIMEOUT);
    }

    @Test
    void everyStatementRunsOnTheBoundedElasticScheduler() {
        var threads = new CopyOnWriteArrayList<String>();
        var listened = StatementThreads.recordedInto(dsl(), threads);
        var records = new JooqConversationRecords(listened);
        var conversation = aFullConversation();

        records.add(conversation).block(TIMEOUT);
        records.findByConversationId(conversation.conversationId()).block(TIMEOUT);
        records.update(conversation.ended(T0.plusSeconds(600))).block(TIMEOUT);

        // At least the three statements asked for (writes also read the row and the webhook subscriptions).
        assertThat(threads).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(name -> assertThat(name).startsWith("boundedElastic-"));
    }

    private String storedMetadata(UUID id) {
        return dsl().select(TAVUS_CONVERSATIONS.METADATA).from(TAVUS_CONVERSATIONS)
                .where(TAVUS_CONVERSATIONS.ID.eq(id)).fetchSingle().value1();
    }
}
