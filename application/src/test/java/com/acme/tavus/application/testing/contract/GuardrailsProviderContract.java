package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.guardrail.port.out.GuardrailsProvider;
import com.acme.tavus.domain.guardrail.Guardrail;
import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link GuardrailsProvider} promises, as tests, in the set-based model: a set
 * has a name and a list of guardrails, and changes by JSON Patch (the shared lifecycle of
 * {@link JsonPatchResourceContract}, plus what is particular to guardrails). An adapter proves itself
 * by extending this class and answering {@link #provider()}; each test gets a fresh provider.
 */
public abstract class GuardrailsProviderContract extends JsonPatchResourceContract<Guardrails, GuardrailsId> {

    /** The provider under test, over a backend set up afresh for each test. */
    protected abstract GuardrailsProvider provider();

    @Test
    void aNewSetIsActive_andKeepsItsGuardrails() {
        var created = create("Healthcare");

        assertThat(created.status()).isEqualTo("active");
        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> assertThat(read.data()).singleElement().satisfies(item -> assertThat(item)
                        .containsEntry("guardrail_name", "no_diagnoses")
                        .containsEntry("guardrail_prompt", "Never diagnose Healthcare.")))
                .verifyComplete();
    }

    @Override
    final Guardrails create(String name) {
        var guardrail = new Guardrail("no_diagnoses", "Never diagnose " + name + ".", null, null, Map.of());
        return provider().create(new GuardrailsDraft(name, List.of(guardrail), Map.of())).block();
    }

    @Override
    final GuardrailsId unknownId() {
        return GuardrailsId.of("g0000000000");
    }

    @Override
    final GuardrailsId id(Guardrails set) {
        return set.id();
    }

    @Override
    final String name(Guardrails set) {
        return set.name();
    }

    @Override
    final String namePath() {
        return "/guardrails_name";
    }

    @Override
    final Mono<Guardrails> get(GuardrailsId id) {
        return provider().get(id);
    }

    @Override
    final Page<Guardrails> list(PageRequest page) {
        return provider().list(page).block();
    }

    @Override
    final Mono<PatchResult<Guardrails>> patch(GuardrailsId id, JsonPatch patch) {
        return provider().patch(id, patch);
    }

    @Override
    final Mono<Void> delete(GuardrailsId id) {
        return provider().delete(id);
    }
}
