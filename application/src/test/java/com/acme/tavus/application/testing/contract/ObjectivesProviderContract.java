package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.objective.port.out.ObjectivesProvider;
import com.acme.tavus.domain.objective.Objective;
import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link ObjectivesProvider} promises, as tests: a set is a list of objectives,
 * named after its first one, and changes by JSON Patch (the shared lifecycle of
 * {@link JsonPatchResourceContract}, plus what is particular to objectives). An adapter proves itself
 * by extending this class and answering {@link #provider()}; each test gets a fresh provider.
 */
public abstract class ObjectivesProviderContract extends JsonPatchResourceContract<Objectives, ObjectivesId> {

    /** The provider under test, over a backend set up afresh for each test. */
    protected abstract ObjectivesProvider provider();

    @Test
    void aNewSetIsActive_namedAfterItsFirstObjective_andKeepsTheObjectivesInOrder() {
        var created = create("ask_name", "ask_email");

        assertThat(created.status()).isEqualTo("active");
        assertThat(created.name()).isEqualTo("ask_name");
        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> {
                    assertThat(read.data()).extracting(item -> item.get("objective_name"))
                            .containsExactly("ask_name", "ask_email");
                    assertThat(read.data().getFirst()).containsEntry("objective_prompt", "Ask for ask_name.");
                })
                .verifyComplete();
    }

    @Test
    void patch_thatReplacesTheObjectives_isSeenByTheNextRead() {
        var created = create("ask_name");
        var data = List.of(Map.of("objective_name", "ask_phone", "objective_prompt", "Ask for a phone number."));

        StepVerifier.create(provider().patch(created.id(),
                        JsonPatch.of(List.of(Map.of("op", "replace", "path", "/data", "value", data)))))
                .assertNext(result -> assertThat(result.changed()).isTrue())
                .verifyComplete();

        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> assertThat(read.data()).singleElement()
                        .satisfies(item -> assertThat(item).containsEntry("objective_name", "ask_phone")))
                .verifyComplete();
    }

    @Override
    final Objectives create(String name) {
        return create(new String[] {name});
    }

    private Objectives create(String... names) {
        var objectives = Stream.of(names)
                .map(name -> new Objective(name, "Ask for " + name + ".", null, null, null, null, null, null, Map.of()))
                .toList();
        return provider().create(new ObjectivesDraft(objectives, Map.of())).block();
    }

    @Override
    final ObjectivesId unknownId() {
        return ObjectivesId.of("o0000000000");
    }

    @Override
    final ObjectivesId id(Objectives set) {
        return set.id();
    }

    @Override
    final String name(Objectives set) {
        return set.name();
    }

    @Override
    final String namePath() {
        return "/objective_name";
    }

    @Override
    final Mono<Objectives> get(ObjectivesId id) {
        return provider().get(id);
    }

    @Override
    final Page<Objectives> list(PageRequest page) {
        return provider().list(page).block();
    }

    @Override
    final Mono<PatchResult<Objectives>> patch(ObjectivesId id, JsonPatch patch) {
        return provider().patch(id, patch);
    }

    @Override
    final Mono<Void> delete(ObjectivesId id) {
        return provider().delete(id);
    }
}
