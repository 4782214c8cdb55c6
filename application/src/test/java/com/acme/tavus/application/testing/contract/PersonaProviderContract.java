package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link PersonaProvider} promises, as tests (the shared lifecycle of
 * {@link JsonPatchResourceContract}, plus what is particular to personas). An adapter proves itself
 * by extending this class and answering {@link #provider()}; each test gets a fresh provider.
 */
public abstract class PersonaProviderContract extends JsonPatchResourceContract<Persona, PersonaId> {

    /** The provider under test, over a backend set up afresh for each test. */
    protected abstract PersonaProvider provider();

    @Test
    void get_keepsTheSystemPrompt() {
        var created = create("Prompted");

        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> assertThat(read.systemPrompt()).isEqualTo("You are Prompted."))
                .verifyComplete();
    }

    @Override
    final PersonaId unknownId() {
        return PersonaId.of("p0000000");
    }

    @Override
    final Persona create(String name) {
        return provider().create(new PersonaDraft(name, "You are " + name + ".", null, null, null, null, null,
                Map.of(), Map.of())).block();
    }

    @Override
    final PersonaId id(Persona persona) {
        return persona.id();
    }

    @Override
    final String name(Persona persona) {
        return persona.name();
    }

    @Override
    final String namePath() {
        return "/persona_name";
    }

    @Override
    final Mono<Persona> get(PersonaId id) {
        return provider().get(id);
    }

    @Override
    final Page<Persona> list(PageRequest page) {
        return provider().list(new PersonaFilter(page, null)).block();
    }

    @Override
    final Mono<PatchResult<Persona>> patch(PersonaId id, JsonPatch patch) {
        return provider().patch(id, patch);
    }

    @Override
    final Mono<Void> delete(PersonaId id) {
        return provider().delete(id);
    }
}
