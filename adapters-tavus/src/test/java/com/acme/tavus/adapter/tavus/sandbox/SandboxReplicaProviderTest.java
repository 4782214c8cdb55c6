package com.acme.tavus.adapter.tavus.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import com.acme.tavus.domain.replica.ReplicaType;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class SandboxReplicaProviderTest {

    private static final Instant START = Instant.parse("2025-05-13T06:42:58.291561Z");
    private static final ReplicaId NATHAN = ReplicaId.of(SandboxTavus.STOCK_REPLICA_ID);
    private static final String VIDEO = "https://cdn.example.com/train.mp4";

    private MutableClock clock;
    private SandboxTavus tavus;
    private SandboxReplicaProvider provider;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(START);
        tavus = new SandboxTavus(clock, new SandboxSettings("http://localhost:8080/sandbox/calls"));
        provider = new SandboxReplicaProvider(tavus);
    }

    @Test
    void create_startsTrainingWithATavusShapedId() {
        var created = create("Rio");

        assertThat(created.id().value()).matches("r[0-9a-f]{10}");
        assertThat(created.name()).isEqualTo("Rio");
        assertThat(created.status()).isEqualTo(ReplicaStatus.STARTED);
        assertThat(created.trainingProgress()).isEqualTo("0/100");
        assertThat(created.createdAt()).isEqualTo("2025-05-13T06:42:58.291561Z");
        assertThat(created.type()).as("replica_type is verbose-only").isNull();
    }

    @Test
    void training_movesForwardWithTheClock_andCompletesAfterTheTrainingTime() {
        var id = create("Rio").id();

        clock.advance(SandboxReplicaProvider.TRAINING_TIME.dividedBy(2));
        assertThat(get(id, false)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReplicaStatus.STARTED);
            assertThat(r.trainingProgress()).isEqualTo("50/100");
        });

        clock.advance(SandboxReplicaProvider.TRAINING_TIME.dividedBy(2).minusMillis(1));
        assertThat(get(id, false).trainingProgress()).isEqualTo("99/100");

        clock.advance(Duration.ofMillis(1));
        var trained = get(id, false);
        assertThat(trained.status()).isEqualTo(ReplicaStatus.COMPLETED);
        assertThat(trained.trainingProgress()).isEqualTo("100/100");
        assertThat(trained.updatedAt()).as("created_at + training time").isEqualTo("2025-05-13T06:43:28.291561Z");
    }

    @Test
    void conversations_acceptAReplicaOnlyOnceTrained_evenWhenNobodyReadItInBetween() {
        var conversations = new SandboxConversationProvider(tavus);
        var id = create(null).id();

        StepVerifier.create(conversations.create(conversationWith(id)))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("Invalid replica_id"));

        clock.advance(SandboxReplicaProvider.TRAINING_TIME);

        StepVerifier.create(conversations.create(conversationWith(id)))
                .assertNext(c -> assertThat(c.replicaId()).isEqualTo(id))
                .verifyComplete();
    }

    @Test
    void get_verbose_addsTheType_andAnUnknownIdIsNotFound() {
        assertThat(get(NATHAN, true)).satisfies(r -> {
            assertThat(r.type()).isEqualTo(ReplicaType.SYSTEM);
            assertThat(r.status()).isEqualTo(ReplicaStatus.COMPLETED);
            assertThat(r.trainingProgress()).isEqualTo("100/100");
        });
        assertThat(get(create(null).id(), true).type()).isEqualTo(ReplicaType.USER);

        StepVerifier.create(provider.get(ReplicaId.of("rnope"), false))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(NotFoundException.class,
                        nf -> assertThat(nf.resource()).isEqualTo("replica")));
    }

    @Test
    void list_isNewestFirst_pagedFromOne_andCountsEveryMatch() {
        var first = create("first").id();
        var second = create("second").id();
        var filter = new ReplicaFilter(new PageRequest(1, 2), false, ReplicaType.USER, null);

        StepVerifier.create(provider.list(filter))
                .assertNext(page -> {
                    assertThat(page.totalCount()).as("two new ones and the documentation example").isEqualTo(3);
                    assertThat(page.data()).extracting(Replica::id).containsExactly(first);
                    assertThat(page.data().getFirst().type()).isNull();
                })
                .verifyComplete();
        StepVerifier.create(provider.list(new ReplicaFilter(new PageRequest(1, 1), false, null, null)))
                .assertNext(page -> assertThat(page.data()).extracting(Replica::id).containsExactly(second))
                .verifyComplete();
    }

    @Test
    void list_systemVerbose_showsTheStockReplicaWithItsType() {
        var filter = new ReplicaFilter(PageRequest.defaults(), true, ReplicaType.SYSTEM, null);

        StepVerifier.create(provider.list(filter))
                .assertNext(page -> assertThat(page.data()).singleElement().satisfies(r -> {
                    assertThat(r.id()).isEqualTo(NATHAN);
                    assertThat(r.name()).isEqualTo("Nathan");
                    assertThat(r.type()).isEqualTo(ReplicaType.SYSTEM);
                }))
                .verifyComplete();
    }

    @Test
    void list_byIds_returnsOnlyThoseThatExist() {
        var mine = create(null).id();
        var filter = new ReplicaFilter(PageRequest.defaults(), false, null, List.of(mine, ReplicaId.of("rnope")));

        StepVerifier.create(provider.list(filter))
                .assertNext(page -> {
                    assertThat(page.data()).extracting(Replica::id).containsExactly(mine);
                    assertThat(page.totalCount()).isEqualTo(1);
                })
                .verifyComplete();
    }

    @Test
    void rename_changesTheNameAndUpdateTime() {
        var id = create("Rio").id();
        clock.advance(Duration.ofSeconds(5));

        StepVerifier.create(provider.rename(id, ReplicaName.of("Rio de Janeiro"))).verifyComplete();

        assertThat(get(id, false)).satisfies(r -> {
            assertThat(r.name()).isEqualTo("Rio de Janeiro");
            assertThat(r.updatedAt()).isEqualTo("2025-05-13T06:43:03.291561Z");
            assertThat(r.createdAt()).isEqualTo("2025-05-13T06:42:58.291561Z");
        });
    }

    @Test
    void delete_removesTheReplica_andNewConversationsRejectIt() {
        var id = create(null).id();
        clock.advance(SandboxReplicaProvider.TRAINING_TIME);

        StepVerifier.create(provider.delete(id, false)).verifyComplete();

        StepVerifier.create(provider.get(id, false)).verifyError(NotFoundException.class);
        StepVerifier.create(provider.delete(id, true)).verifyError(NotFoundException.class);
        StepVerifier.create(new SandboxConversationProvider(tavus).create(conversationWith(id)))
                .verifyErrorSatisfies(e -> assertThat(e).hasMessage("Invalid replica_id"));
    }

    @Test
    void stockReplicas_cannotBeRenamedOrDeleted() {
        StepVerifier.create(provider.delete(NATHAN, true))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(ProviderException.Rejected.class,
                        r -> assertThat(r.field()).contains("replica_id")));
        StepVerifier.create(provider.rename(NATHAN, ReplicaName.of("Nate")))
                .verifyError(ProviderException.Rejected.class);

        assertThat(get(NATHAN, false).name()).isEqualTo("Nathan");
    }

    @Test
    void theDocumentationExampleReplica_isTrainedAndOwnedByTheAccount() {
        var example = get(ReplicaId.of(SandboxTavus.EXAMPLE_REPLICA_ID), true);

        assertThat(example.status()).isEqualTo(ReplicaStatus.COMPLETED);
        assertThat(example.type()).isEqualTo(ReplicaType.USER);
    }

    private Replica create(String name) {
        var request = new ReplicaRequest(VIDEO, null, null, name == null ? null : ReplicaName.of(name), "phoenix-4",
                null, Map.of());
        return provider.create(request).block();
    }

    private Replica get(ReplicaId id, boolean verbose) {
        return provider.get(id, verbose).block();
    }

    private static ConversationRequest conversationWith(ReplicaId replica) {
        return new ConversationRequest(replica, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, Map.of());
    }
}
