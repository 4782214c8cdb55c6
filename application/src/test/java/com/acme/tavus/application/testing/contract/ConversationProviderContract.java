package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link ConversationProvider} promises, as tests. An adapter proves itself by
 * extending this class and answering the two hooks; each test gets a fresh provider.
 */
public abstract class ConversationProviderContract {

    private static final String CALLBACK = "https://hooks.example/contract";

    /** The provider under test, over a backend set up afresh for each test. */
    protected abstract ConversationProvider provider();

    /** A trained replica the backend of {@link #provider()} holds, so that calls can be started with it. */
    protected abstract ReplicaId trainedReplica();

    @Test
    void create_answersWithANewActiveConversationAndTheFieldsSent() {
        var created = create("Contract call");

        assertThat(created.id()).isNotNull();
        assertThat(created.name()).isEqualTo("Contract call");
        assertThat(created.callbackUrl()).isEqualTo(CALLBACK);
        assertThat(created.status()).isEqualTo(ConversationStatus.ACTIVE);
        assertThat(created.url()).isNotBlank();
    }

    @Test
    void create_isNotIdempotent_everySuccessIsANewConversation() {
        assertThat(create("Same").id()).isNotEqualTo(create("Same").id());
    }

    @Test
    void create_concurrently_givesEveryCallerItsOwnId() {
        var ids = Flux.range(0, 8)
                .flatMap(i -> provider().create(request("Parallel " + i)).subscribeOn(Schedulers.parallel()))
                .map(Conversation::id)
                .collectList()
                .block();

        assertThat(new HashSet<>(ids)).hasSize(8);
    }

    @Test
    void get_returnsTheCreatedConversationWithItsReplica() {
        var created = create("Readable");

        StepVerifier.create(provider().get(created.id(), false))
                .assertNext(read -> {
                    assertThat(read.id()).isEqualTo(created.id());
                    assertThat(read.name()).isEqualTo("Readable");
                    assertThat(read.replicaId()).isEqualTo(trainedReplica());
                    assertThat(read.status()).isEqualTo(ConversationStatus.ACTIVE);
                })
                .verifyComplete();
    }

    @Test
    void get_ofAnUnknownId_isNotFound() {
        StepVerifier.create(provider().get(ConversationId.of("c00000000000"), false))
                .verifyError(NotFoundException.class);
    }

    @Test
    void list_pagesCountFromOne_holdAtMostTheLimit_andTogetherHoldEveryConversationOnce() {
        var created = List.of(create("One").id(), create("Two").id(), create("Three").id());

        var seen = ContractPaging.walk(page -> list(page, null), Conversation::id, 2);

        assertThat(seen).containsAll(created);
    }

    @Test
    void list_byStatus_holdsOnlyThatStatus() {
        var ended = create("Ended");
        var active = create("Active");
        StepVerifier.create(provider().end(ended.id())).verifyComplete();

        var endedOnes = list(new PageRequest(100, 1), ConversationStatus.ENDED).data();
        assertThat(endedOnes).extracting(Conversation::status).containsOnly(ConversationStatus.ENDED);
        assertThat(endedOnes).extracting(Conversation::id).contains(ended.id()).doesNotContain(active.id());
    }

    @Test
    void end_endsTheCall_andEndingItAgainSucceeds() {
        var created = create("To end");

        StepVerifier.create(provider().end(created.id())).verifyComplete();
        StepVerifier.create(provider().end(created.id())).verifyComplete();

        StepVerifier.create(provider().get(created.id(), false))
                .assertNext(c -> assertThat(c.status()).isEqualTo(ConversationStatus.ENDED))
                .verifyComplete();
    }

    @Test
    void end_ofAnUnknownId_isNotFound() {
        StepVerifier.create(provider().end(ConversationId.of("c00000000000"))).verifyError(NotFoundException.class);
    }

    @Test
    void delete_softOrHard_makesTheConversationUnknown() {
        var soft = create("Soft");
        var hard = create("Hard");

        StepVerifier.create(provider().delete(soft.id(), false)).verifyComplete();
        StepVerifier.create(provider().delete(hard.id(), true)).verifyComplete();

        StepVerifier.create(provider().get(soft.id(), false)).verifyError(NotFoundException.class);
        StepVerifier.create(provider().get(hard.id(), false)).verifyError(NotFoundException.class);
    }

    @Test
    void delete_ofAnUnknownId_isNotFound() {
        StepVerifier.create(provider().delete(ConversationId.of("c00000000000"), false))
                .verifyError(NotFoundException.class);
    }

    private Conversation create(String name) {
        return provider().create(request(name)).block();
    }

    private Page<Conversation> list(PageRequest page, ConversationStatus status) {
        return provider().list(new ConversationFilter(page, status)).block();
    }

    private ConversationRequest request(String name) {
        return new ConversationRequest(trainedReplica(), null, CALLBACK, name, null, null, null, null, null, null,
                null, null, null, null, null, Map.of());
    }
}
