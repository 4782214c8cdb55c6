package com.acme.tavus.adapter.persistence.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.testing.H2TestDatabase;
import com.acme.tavus.application.testing.contract.ConversationRecordsContract;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * With BlockHound watching, the adapter is called from a non-blocking thread (as a Netty event
 * loop would): every JDBC call must have moved to the bounded-elastic scheduler by itself.
 */
class JooqConversationRecordsBlockHoundTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static JooqConversationRecords records;

    @BeforeAll
    static void install() {
        BlockHound.install();
        records = new JooqConversationRecords(
                DSL.using(H2TestDatabase.newMigratedDatabase(), SQLDialect.H2, JooqSettings.platformDefaults()));
    }

    @Test
    void blockHoundIsWatching() {
        StepVerifier.create(Mono.fromCallable(() -> {
                            Thread.sleep(1);
                            return 1;
                        })
                        .subscribeOn(Schedulers.parallel()))
                .expectError(BlockingOperationError.class)
                .verify(TIMEOUT);
    }

    @Test
    void addFindAndUpdateNeverBlockTheCallingNonBlockingThread() {
        var at = Instant.parse("2026-03-01T10:15:30Z");
        var conversation = new TrackedConversation(UUID.randomUUID(), null,
                ConversationRecordsContract.newConversationId(), null, UUID.randomUUID(), null,
                TrackingStatus.CREATED, at, null, null, null, Map.of("k", "v"), null, null, null, null, "t", at);

        var flow = Mono.defer(() -> records.add(conversation))
                .publishOn(Schedulers.parallel())
                .then(Mono.defer(() -> records.findByConversationId(conversation.conversationId())))
                .publishOn(Schedulers.parallel())
                .flatMap(found -> records.update(found.joined(at.plusSeconds(5))))
                .publishOn(Schedulers.parallel())
                .then(Mono.defer(() -> records.findByConversationId(conversation.conversationId())))
                .subscribeOn(Schedulers.parallel());

        StepVerifier.create(flow)
                .assertNext(found -> assertThat(found.status()).isEqualTo(TrackingStatus.ACTIVE))
                .expectComplete()
                .verify(TIMEOUT);
    }
}
