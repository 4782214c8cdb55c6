package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link ReplicaProvider} promises, as tests. An adapter proves itself by
 * extending this class and answering {@link #provider()}; each test gets a fresh provider.
 */
public abstract class ReplicaProviderContract {

    private static final String VIDEO = "https://cdn.example.com/contract-train.mp4";
    private static final ReplicaId UNKNOWN = ReplicaId.of("r0000000000");

    /** The provider under test, over a backend set up afresh for each test. */
    protected abstract ReplicaProvider provider();

    @Test
    void create_answersWithANewIdAndStatusStarted() {
        var created = create("Contract replica");

        assertThat(created.id()).isNotNull();
        assertThat(created.status()).isEqualTo(ReplicaStatus.STARTED);
    }

    @Test
    void create_isNotIdempotent_everySuccessQueuesANewTraining() {
        assertThat(create("Same").id()).isNotEqualTo(create("Same").id());
    }

    @Test
    void get_returnsTheCreatedReplicaWithTheNameSent() {
        var created = create("Readable");

        StepVerifier.create(provider().get(created.id(), false))
                .assertNext(read -> {
                    assertThat(read.id()).isEqualTo(created.id());
                    assertThat(read.name()).isEqualTo("Readable");
                })
                .verifyComplete();
    }

    @Test
    void get_ofAnUnknownId_isNotFound() {
        StepVerifier.create(provider().get(UNKNOWN, false)).verifyError(NotFoundException.class);
    }

    @Test
    void list_pagesCountFromOne_holdAtMostTheLimit_andTogetherHoldEveryReplicaOnce() {
        var created = List.of(create("One").id(), create("Two").id(), create("Three").id());

        var seen = ContractPaging.walk(page -> provider().list(new ReplicaFilter(page, false, null, List.of())).block(),
                Replica::id, 2);

        assertThat(seen).containsAll(created);
    }

    @Test
    void rename_isWhatTheNextReadSees() {
        var created = create("Before");

        StepVerifier.create(provider().rename(created.id(), ReplicaName.of("After"))).verifyComplete();

        StepVerifier.create(provider().get(created.id(), false))
                .assertNext(read -> assertThat(read.name()).isEqualTo("After"))
                .verifyComplete();
    }

    @Test
    void rename_ofAnUnknownId_isNotFound() {
        StepVerifier.create(provider().rename(UNKNOWN, ReplicaName.of("Nobody"))).verifyError(NotFoundException.class);
    }

    @Test
    void delete_softOrHard_makesTheReplicaUnknown() {
        var soft = create("Soft");
        var hard = create("Hard");

        StepVerifier.create(provider().delete(soft.id(), false)).verifyComplete();
        StepVerifier.create(provider().delete(hard.id(), true)).verifyComplete();

        StepVerifier.create(provider().get(soft.id(), false)).verifyError(NotFoundException.class);
        StepVerifier.create(provider().get(hard.id(), false)).verifyError(NotFoundException.class);
    }

    @Test
    void delete_ofAnUnknownId_isNotFound() {
        StepVerifier.create(provider().delete(UNKNOWN, false)).verifyError(NotFoundException.class);
    }

    private Replica create(String name) {
        return provider().create(new ReplicaRequest(VIDEO, null, null, ReplicaName.of(name), null, null, Map.of()))
                .block();
    }
}
