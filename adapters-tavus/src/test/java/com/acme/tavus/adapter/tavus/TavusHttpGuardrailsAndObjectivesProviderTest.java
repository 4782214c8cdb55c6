package com.acme.tavus.adapter.tavus;

import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.API_KEY;
import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.guardrail.Guardrail;
import com.acme.tavus.domain.guardrail.GuardrailsDraft;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.objective.Objective;
import com.acme.tavus.domain.objective.ObjectivesDraft;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.JsonPatch;
import com.acme.tavus.domain.shared.Modality;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class TavusHttpGuardrailsAndObjectivesProviderTest {

    private static final JsonPatch PATCH = JsonPatch.of(List.of(
            Map.of("op", "replace", "path", "/data/0/guardrail_prompt", "value", "Stricter."),
            Map.of("op", "move", "from", "/data/1", "path", "/data/0")));
    private static final String GUARDRAILS_JSON = """
            {"guardrails_id": "g12345", "guardrails_name": "Healthcare", "status": "active",
             "created_at": "2025-05-13T06:42:58Z", "data": [{"guardrail_name": "no_diagnoses"}], "legacy": true}""";
    private static final String OBJECTIVES_JSON = """
            {"objectives_id": "o12345", "objective_name": "ask_if_new_patient", "status": "active",
             "created_at": "2025-05-13T06:42:58Z"}""";

    private static FakeTavusServer tavus;
    private TavusHttpGuardrailsProvider guardrails;
    private TavusHttpObjectivesProvider objectives;

    @BeforeAll
    static void startTavus() {
        tavus = FakeTavusServer.start();
    }

    @AfterAll
    static void stopTavus() {
        tavus.close();
    }

    @BeforeEach
    void setUp() {
        tavus.reset();
        var calls = TavusWireTestSupport.calls(tavus.baseUrl());
        guardrails = new TavusHttpGuardrailsProvider(calls);
        objectives = new TavusHttpObjectivesProvider(calls);
    }

    @Test
    void guardrails_create_sendsTheSetInTheDocumentedShape() {
        tavus.on("POST", "/v2/guardrails", FakeResponse.ok(GUARDRAILS_JSON));
        var draft = new GuardrailsDraft("Healthcare", List.of(new Guardrail("no_diagnoses", "Never diagnose.",
                Modality.VISUAL, "https://hooks.example/g", Map.of("priority", 1))), Map.of("tags", List.of("x")));

        StepVerifier.create(guardrails.create(draft))
                .assertNext(set -> {
                    assertThat(set.id()).isEqualTo(GuardrailsId.of("g12345"));
                    assertThat(set.name()).isEqualTo("Healthcare");
                    assertThat(set.status()).isEqualTo("active");
                    assertThat(set.data()).containsExactly(Map.of("guardrail_name", "no_diagnoses"));
                    assertThat(set.extraFields()).containsEntry("legacy", true);
                })
                .verifyComplete();
        var sent = tavus.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v2/guardrails");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(json(sent.body())).isEqualTo(Map.of("name", "Healthcare", "tags", List.of("x"), "data", List.of(
                Map.of("guardrail_name", "no_diagnoses", "guardrail_prompt", "Never diagnose.", "modality", "visual",
                        "callback_url", "https://hooks.example/g", "priority", 1))));
    }

    @Test
    void guardrails_getListPatchDelete_useTheDocumentedPaths() {
        tavus.on("GET", "/v2/guardrails/g12345", FakeResponse.ok(GUARDRAILS_JSON));
        tavus.on("GET", "/v2/guardrails", FakeResponse.ok("{\"data\": [" + GUARDRAILS_JSON + "], \"total_count\": 3}"));
        tavus.on("PATCH", "/v2/guardrails/g12345", FakeResponse.ok(GUARDRAILS_JSON));
        tavus.on("DELETE", "/v2/guardrails/g12345", FakeResponse.status(204));
        var id = GuardrailsId.of("g12345");

        assertThat(guardrails.get(id).block().name()).isEqualTo("Healthcare");
        assertThat(guardrails.list(new PageRequest(2, 1)).block().totalCount()).isEqualTo(3);
        assertThat(tavus.lastRequest().queryParam("limit")).isEqualTo("2");
        assertThat(guardrails.patch(id, PATCH).block().updated()).isPresent();
        var sent = tavus.lastRequest();
        assertThat(sent.method()).isEqualTo("PATCH");
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(JsonMapper.builder().build().readValue(sent.body(), new TypeReference<List<Map<String, Object>>>() {}))
                .isEqualTo(PATCH.toJson());
        StepVerifier.create(guardrails.delete(id)).verifyComplete();
        assertThat(tavus.lastRequest().method()).isEqualTo("DELETE");
        assertThat(tavus.lastRequest().header("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void guardrails_errors_areReadFromTheMessageKey() {
        tavus.on("POST", "/v2/guardrails", FakeResponse.tavusError(400, "message", "guardrail_name is required"));
        tavus.on("GET", "/v2/guardrails/g404", FakeResponse.tavusError(400, "message", "Invalid guardrails_id"));
        tavus.on("PATCH", "/v2/guardrails/g12345", FakeResponse.status(304));
        var draft = new GuardrailsDraft("x", List.of(new Guardrail("a", "b", null, null, null)), Map.of());

        StepVerifier.create(guardrails.create(draft))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("guardrail_name is required"))
                .verify();
        StepVerifier.create(guardrails.get(GuardrailsId.of("g404")))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NotFoundException.class)
                        .hasMessage("guardrails g404 was not found"))
                .verify();
        assertThat(guardrails.patch(GuardrailsId.of("g12345"), PATCH).block().changed()).isFalse();
    }

    @Test
    void objectives_create_sendsTheSetInTheDocumentedShape() {
        tavus.on("POST", "/v2/objectives", FakeResponse.ok(OBJECTIVES_JSON));
        var draft = new ObjectivesDraft(List.of(new Objective("ask_if_new_patient", "Ask whether they are new.",
                "manual", List.of("patient_status"), Modality.VERBAL, Map.of("get_patient_name", "new patient"),
                List.of("get_patient_name"), "https://hooks.example/o", Map.of())), Map.of());

        StepVerifier.create(objectives.create(draft))
                .assertNext(set -> assertThat(set.name()).isEqualTo("ask_if_new_patient"))
                .verifyComplete();
        var sent = tavus.lastRequest();
        assertThat(sent.path()).isEqualTo("/v2/objectives");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(json(sent.body())).isEqualTo(Map.of("data", List.of(Map.of(
                "objective_name", "ask_if_new_patient", "objective_prompt", "Ask whether they are new.",
                "confirmation_mode", "manual", "output_variables", List.of("patient_status"), "modality", "verbal",
                "next_conditional_objectives", Map.of("get_patient_name", "new patient"),
                "next_required_objectives", List.of("get_patient_name"), "callback_url", "https://hooks.example/o"))));
    }

    @Test
    void objectives_getListPatchDelete_andErrors() {
        tavus.on("GET", "/v2/objectives/o12345", FakeResponse.ok(OBJECTIVES_JSON));
        tavus.on("GET", "/v2/objectives", FakeResponse.ok("{\"data\": [" + OBJECTIVES_JSON + "]}"));
        tavus.on("PATCH", "/v2/objectives/o12345", FakeResponse.status(200));
        tavus.on("PATCH", "/v2/objectives/o422", FakeResponse.tavusError(422, "message", "Invalid JSON patch format"));
        tavus.on("DELETE", "/v2/objectives/o404", FakeResponse.tavusError(400, "message", "Invalid objectives_id"));
        var id = ObjectivesId.of("o12345");

        assertThat(objectives.get(id).block().status()).isEqualTo("active");
        assertThat(objectives.list(PageRequest.defaults()).block().totalCount()).isEqualTo(1);
        var patched = objectives.patch(id, PATCH).block();
        assertThat(patched.changed()).isTrue();
        assertThat(patched.updated()).isEmpty();
        StepVerifier.create(objectives.patch(ObjectivesId.of("o422"), PATCH))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("Invalid JSON patch format"))
                .verify();
        StepVerifier.create(objectives.delete(ObjectivesId.of("o404")))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NotFoundException.class)
                        .hasMessage("objectives o404 was not found"))
                .verify();
    }
}
