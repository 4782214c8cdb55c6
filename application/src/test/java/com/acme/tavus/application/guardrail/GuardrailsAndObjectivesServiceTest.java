package com.acme.tavus.application.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.objective.ObjectivesService;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.testing.FakeGuardrailsProvider;
import com.acme.tavus.application.testing.FakeObjectivesProvider;
import com.acme.tavus.domain.guardrail.Guardrail;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.objective.Objective;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class GuardrailsAndObjectivesServiceTest {

    private static final JsonPatch PATCH = JsonPatch.of(List.of(Map.of("op", "replace", "path", "/name", "value", "x")));

    @Test
    void guardrails_goStraightToTheProvider() {
        var provider = new FakeGuardrailsProvider();
        var service = new GuardrailsService(provider);
        var created = service.create(new GuardrailsDraft("set", List.of(new Guardrail("no_diagnoses", "Never diagnose.",
                null, null, null)), Map.of())).block();

        assertThat(service.get(created.id()).block().name()).isEqualTo("set");
        assertThat(service.list(PageRequest.defaults()).block().totalCount()).isEqualTo(1);
        assertThat(service.patch(created.id(), PATCH).block().changed()).isTrue();
        assertThat(provider.patches()).containsExactly(PATCH);
        StepVerifier.create(service.delete(created.id())).verifyComplete();
        StepVerifier.create(service.get(created.id())).expectError(NotFoundException.class).verify();
    }

    @Test
    void objectives_goStraightToTheProvider() {
        var provider = new FakeObjectivesProvider();
        var service = new ObjectivesService(provider);
        var created = service.create(new ObjectivesDraft(List.of(new Objective("ask_if_new_patient", "Ask.", null,
                null, null, null, null, null, null)), Map.of())).block();

        assertThat(service.get(created.id()).block().name()).isEqualTo("ask_if_new_patient");
        assertThat(service.list(PageRequest.defaults()).block().data()).hasSize(1);
        assertThat(service.patch(created.id(), PATCH).block().changed()).isTrue();
        StepVerifier.create(service.delete(created.id())).verifyComplete();
        StepVerifier.create(service.delete(created.id())).expectError(NotFoundException.class).verify();
    }
}
