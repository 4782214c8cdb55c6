package com.acme.tavus.application.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.testing.FakeReplicaProvider;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import com.acme.tavus.domain.replica.ReplicaType;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ReplicaServiceTest {

    private final FakeReplicaProvider provider = new FakeReplicaProvider();
    private final ReplicaService service = new ReplicaService(provider);
    private final Actor team = new Actor("team-a");

    @Test
    void create_answersTheStartedReplicaFromTheProvider() {
        StepVerifier.create(service.create(ReplicaRequest.trainingOn("https://cdn.example.com/v.mp4"), team))
                .assertNext(replica -> {
                    assertThat(replica.id().value()).isEqualTo("r1");
                    assertThat(replica.status()).isEqualTo(ReplicaStatus.STARTED);
                })
                .verifyComplete();
    }

    @Test
    void rename_thenGet_showsTheNewName() {
        var created = service.create(ReplicaRequest.trainingOn("https://cdn.example.com/v.mp4"), team).block();

        StepVerifier.create(service.rename(created.id(), ReplicaName.of("Rio"), team)).verifyComplete();

        StepVerifier.create(service.get(created.id(), false))
                .assertNext(replica -> assertThat(replica.name()).isEqualTo("Rio"))
                .verifyComplete();
        assertThat(provider.calls()).contains("rename r1 to Rio");
    }

    @Test
    void delete_passesHardOnAndTheReplicaIsGone() {
        var created = service.create(ReplicaRequest.trainingOn("https://cdn.example.com/v.mp4"), team).block();

        StepVerifier.create(service.delete(created.id(), true, team)).verifyComplete();

        assertThat(provider.calls()).contains("delete r1 hard=true");
        StepVerifier.create(service.get(created.id(), false)).verifyError(NotFoundException.class);
    }

    @Test
    void renameOrDelete_ofAnUnknownReplica_failsWithNotFound() {
        var unknown = ReplicaId.of("rnope");

        StepVerifier.create(service.rename(unknown, ReplicaName.of("Rio"), team))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(NotFoundException.class,
                        nf -> assertThat(nf.resource()).isEqualTo("replica")));
        StepVerifier.create(service.delete(unknown, false, team)).verifyError(NotFoundException.class);
    }

    @Test
    void list_handsTheFilterToTheProvider() {
        var filter = new ReplicaFilter(new PageRequest(5, 2), true, ReplicaType.SYSTEM,
                List.of(FakeReplicaProvider.STOCK));

        StepVerifier.create(service.list(filter))
                .assertNext(page -> assertThat(page.data()).extracting(r -> r.type()).containsExactly(ReplicaType.SYSTEM))
                .verifyComplete();
        assertThat(provider.calls()).containsExactly("list limit=5 page=2 verbose=true type=system ids=[re8e740a42]");
    }
}
