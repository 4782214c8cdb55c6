package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Guardrails and objectives sets over real HTTP in sandbox mode: create, get, patch, list, delete. */
@SandboxApplicationTest
class SandboxGuardrailsAndObjectivesEndToEndTest {

    @Autowired
    WebTestClient http;

    @Test
    void guardrailsLifecycle_createGetPatchListDelete() {
        var created = http.post().uri("/tavus-api-calls/guardrails/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"name": "Healthcare compliance", "data": [{
                          "guardrail_name": "healthcare_compliance_guardrail",
                          "guardrail_prompt": "Never give a diagnosis or recommend medication."}]}""")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("guardrails_id");
        assertThat(id).matches("g[0-9a-f]{10}");
        assertThat(created).containsEntry("status", "active").containsEntry("guardrails_name", "Healthcare compliance");

        http.get().uri("/tavus-api-calls/guardrails/{id}/", id).header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.data[0].modality").isEqualTo("verbal");

        http.patch().uri("/tavus-api-calls/guardrails/{id}/patch/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"op\": \"replace\", \"path\": \"/data/0/guardrail_prompt\", \"value\": \"Never discuss medication.\"}]")
                .exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.data[0].guardrail_prompt").isEqualTo("Never discuss medication.");

        http.get().uri("/tavus-api-calls/guardrails/list/?limit=100").header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.data[?(@.guardrails_id == '%s')].data[0].guardrail_prompt".formatted(id))
                .isEqualTo("Never discuss medication.");

        http.delete().uri("/tavus-api-calls/guardrails/{id}/delete/", id).header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isNoContent();
        http.get().uri("/tavus-api-calls/guardrails/{id}", id).header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void objectivesLifecycle_createGetPatchListDelete() {
        var created = http.post().uri("/tavus-api-calls/objectives")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"data": [{
                          "objective_name": "ask_if_new_patient",
                          "objective_prompt": "Ask the patient whether this is their first visit.",
                          "output_variables": ["patient_status"],
                          "next_conditional_objectives": {"get_patient_name": "the patient is new"}
                        }, {
                          "objective_name": "get_patient_name",
                          "objective_prompt": "Ask for the patient's full name."
                        }]}""")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("objectives_id");
        assertThat(id).matches("o[0-9a-f]{10}");
        assertThat(created).containsEntry("status", "active").containsEntry("objective_name", "ask_if_new_patient");

        http.get().uri("/tavus-api-calls/objectives/{id}/", id).header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.data[0].confirmation_mode").isEqualTo("auto")
                .jsonPath("$.data[1].objective_name").isEqualTo("get_patient_name");

        http.patch().uri("/tavus-api-calls/objectives/{id}/patch", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"op\": \"replace\", \"path\": \"/data/0/confirmation_mode\", \"value\": \"manual\"}]")
                .exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.data[0].confirmation_mode").isEqualTo("manual");

        http.get().uri("/tavus-api-calls/objectives/list").header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.data[?(@.objectives_id == '%s')]".formatted(id)).exists();

        http.delete().uri("/tavus-api-calls/objectives/{id}/delete", id).header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isNoContent();
        http.get().uri("/tavus-api-calls/objectives/{id}/", id).header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isNotFound()
                .expectBody().json("{\"error\": \"objectives %s was not found\"}".formatted(id), true);
    }
}
