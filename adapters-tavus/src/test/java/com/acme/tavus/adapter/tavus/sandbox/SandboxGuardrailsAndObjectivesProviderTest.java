package com.acme.tavus.adapter.tavus.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.guardrail.Guardrail;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.objective.Objective;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class SandboxGuardrailsAndObjectivesProviderTest {

    private MutableClock clock;
    private SandboxGuardrailsProvider guardrails;
    private SandboxObjectivesProvider objectives;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2025-05-13T06:42:58Z"));
        var tavus = new SandboxTavus(clock, new SandboxSettings("http://localhost:8080/sandbox/calls/"));
        guardrails = new SandboxGuardrailsProvider(tavus);
        objectives = new SandboxObjectivesProvider(tavus);
    }

    @Test
    void guardrails_lifecycle() {
        var created = guardrails.create(new GuardrailsDraft("Healthcare", List.of(
                new Guardrail("no_diagnoses", "Never diagnose.", null, null, Map.of("priority", 1))), Map.of())).block();

        assertThat(created.id().value()).matches("g[0-9a-f]{10}");
        assertThat(created.status()).isEqualTo("active");
        assertThat(created.name()).isEqualTo("Healthcare");
        assertThat(created.data()).containsExactly(Map.of("guardrail_name", "no_diagnoses",
                "guardrail_prompt", "Never diagnose.", "modality", "verbal", "priority", 1));
        assertThat(guardrails.get(created.id()).block()).isEqualTo(created);

        clock.advance(Duration.ofSeconds(5));
        var patched = guardrails.patch(created.id(), patch(
                Map.of("op", "replace", "path", "/data/0/guardrail_prompt", "value", "Stricter."),
                Map.of("op", "add", "path", "/data/-", "value", Map.of("guardrail_name", "no_prices",
                        "guardrail_prompt", "Never quote prices.")))).block();
        assertThat(patched.changed()).isTrue();
        var set = patched.updated().orElseThrow();
        assertThat(set.data()).hasSize(2);
        assertThat(set.data().getFirst()).containsEntry("guardrail_prompt", "Stricter.");
        assertThat(set.updatedAt()).isEqualTo("2025-05-13T06:43:03Z");
        assertThat(guardrails.patch(created.id(), patch(Map.of("op", "test", "path", "/status", "value", "active")))
                .block().changed()).isFalse();

        StepVerifier.create(guardrails.patch(created.id(), patch(Map.of("op", "replace", "path", "/status", "value", "x"))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("Invalid JSON patch: status cannot be changed"))
                .verify();
        StepVerifier.create(guardrails.patch(created.id(), patch(Map.of("op", "remove", "path", "/data/7"))))
                .expectError(ProviderException.Rejected.class).verify();

        assertThat(guardrails.list(PageRequest.defaults()).block().data()).extracting(g -> g.id()).contains(created.id());
        StepVerifier.create(guardrails.delete(created.id())).verifyComplete();
        StepVerifier.create(guardrails.get(created.id())).expectError(NotFoundException.class).verify();
        StepVerifier.create(guardrails.delete(GuardrailsId.of("g404"))).expectError(NotFoundException.class).verify();
    }

    @Test
    void objectives_lifecycle() {
        var created = objectives.create(new ObjectivesDraft(List.of(
                new Objective("ask_if_new_patient", "Ask whether they are new.", null, List.of("patient_status"),
                        null, Map.of("get_patient_name", "new"), null, null, Map.of()),
                new Objective("get_patient_name", "Ask their name.", "manual", null, null, null, null, null, Map.of())),
                Map.of())).block();

        assertThat(created.id().value()).matches("o[0-9a-f]{10}");
        assertThat(created.name()).isEqualTo("ask_if_new_patient");
        assertThat(created.data().getFirst()).containsEntry("confirmation_mode", "auto")
                .containsEntry("modality", "verbal").containsEntry("output_variables", List.of("patient_status"));

        var patched = objectives.patch(created.id(), patch(
                Map.of("op", "copy", "from", "/data/0/objective_prompt", "path", "/data/1/objective_prompt"))).block();
        assertThat(patched.updated().orElseThrow().data().get(1))
                .containsEntry("objective_prompt", "Ask whether they are new.");
        StepVerifier.create(objectives.patch(created.id(), patch(
                        Map.of("op", "test", "path", "/objective_name", "value", "other"))))
                .expectError(ProviderException.Rejected.class).verify();

        var page = objectives.list(new PageRequest(1, 1)).block();
        assertThat(page.totalCount()).isEqualTo(1);
        StepVerifier.create(objectives.delete(created.id())).verifyComplete();
        StepVerifier.create(objectives.patch(created.id(), patch(Map.of("op", "remove", "path", "/data/0"))))
                .expectError(NotFoundException.class).verify();
        StepVerifier.create(objectives.get(ObjectivesId.of("o404"))).expectError(NotFoundException.class).verify();
    }

    @SafeVarargs
    private static JsonPatch patch(Map<String, Object>... operations) {
        return JsonPatch.of(List.of(operations));
    }
}
