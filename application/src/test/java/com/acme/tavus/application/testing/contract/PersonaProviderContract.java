package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.shared.JsonPatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link PersonaProvider} promises, as tests. An adapter proves itself by
 * extending this class and answering {@link #provider()}; each test gets a fresh provider.
 */
public abstract class PersonaProviderContract {

    private static final PersonaId UNKNOWN = PersonaId.of("p0000000");

    /** The provider under test, over a backend set up afresh for each test. */
    protected abstract PersonaProvider provider();

    @Test
    void create_answersWithANewIdAndTheFieldsSent() {
        var created = create("Contract persona");

        assertThat(created.id()).isNotNull();
        assertThat(created.name()).isEqualTo("Contract persona");
        assertThat(create("Contract persona").id()).as("not idempotent").isNotEqualTo(created.id());
    }

    @Test
    void get_returnsTheCreatedPersona() {
        var created = create("Readable");

        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> {
                    assertThat(read.id()).isEqualTo(created.id());
                    assertThat(read.name()).isEqualTo("Readable");
                    assertThat(read.systemPrompt()).isEqualTo("You are Readable.");
                })
                .verifyComplete();
    }

    @Test
    void get_ofAnUnknownId_isNotFound() {
        StepVerifier.create(provider().get(UNKNOWN)).verifyError(NotFoundException.class);
    }

    @Test
    void list_pagesCountFromOne_holdAtMostTheLimit_andTogetherHoldEveryPersonaOnce() {
        var created = List.of(create("One").id(), create("Two").id(), create("Three").id());

        var seen = ContractPaging.walk(page -> provider().list(new PersonaFilter(page, null)).block(), Persona::id, 2);

        assertThat(seen).containsAll(created);
    }

    @Test
    void patch_thatChangesAField_isChanged_andTheNextReadSeesIt() {
        var created = create("Before");

        StepVerifier.create(provider().patch(created.id(), replaceName("After")))
                .assertNext(result -> assertThat(result.changed()).isTrue())
                .verifyComplete();

        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> assertThat(read.name()).isEqualTo("After"))
                .verifyComplete();
    }

    @Test
    void patch_thatChangesNothing_isUnchanged() {
        var created = create("Same");

        StepVerifier.create(provider().patch(created.id(), replaceName("Same")))
                .assertNext(result -> assertThat(result.changed()).isFalse())
                .verifyComplete();
    }

    @Test
    void patch_whoseTestFails_isRejected_andChangesNothing() {
        var created = create("Kept");
        var patch = JsonPatch.of(List.of(
                Map.of("op", "test", "path", "/persona_name", "value", "Someone else"),
                Map.of("op", "replace", "path", "/persona_name", "value", "Changed")));

        StepVerifier.create(provider().patch(created.id(), patch)).verifyError(ProviderException.Rejected.class);

        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> assertThat(read.name()).isEqualTo("Kept"))
                .verifyComplete();
    }

    @Test
    void patch_ofAnUnknownId_isNotFound() {
        StepVerifier.create(provider().patch(UNKNOWN, replaceName("Nobody"))).verifyError(NotFoundException.class);
    }

    @Test
    void delete_makesThePersonaUnknown() {
        var created = create("Gone");

        StepVerifier.create(provider().delete(created.id())).verifyComplete();

        StepVerifier.create(provider().get(created.id())).verifyError(NotFoundException.class);
        StepVerifier.create(provider().delete(created.id())).verifyError(NotFoundException.class);
    }

    private Persona create(String name) {
        return provider().create(new PersonaDraft(name, "You are " + name + ".", null, null, null, null, null,
                Map.of(), Map.of())).block();
    }

    private static JsonPatch replaceName(String name) {
        return JsonPatch.of(List.of(Map.of("op", "replace", "path", "/persona_name", "value", name)));
    }
}
