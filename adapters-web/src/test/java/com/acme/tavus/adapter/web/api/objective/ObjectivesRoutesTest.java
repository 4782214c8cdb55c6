package com.acme.tavus.adapter.web.api.objective;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.testing.FakeObjectivesProvider;
import com.acme.tavus.domain.objective.Objectives;
import com.acme.tavus.domain.objective.ObjectivesId;
import com.acme.tavus.domain.shared.PatchResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebLayerTest
class ObjectivesRoutesTest {

    static final String CREATE_BODY = """
            {"data": [{
              "objective_name": "ask_if_new_patient",
              "objective_prompt": "Ask whether this is their first visit.",
              "confirmation_mode": "manual",
              "output_variables": ["patient_status"],
              "modality": "verbal",
              "next_conditional_objectives": {"get_patient_name": "the patient is new"},
              "next_required_objectives": ["get_patient_name"],
              "callback_url": "https://hooks.example/o",
              "weight": 2
            }]}""";

    @Autowired
    WebTestClient client;

    @Autowired
    FakeObjectivesProvider provider;

    @BeforeEach
    void reset() {
        provider.reset();
        provider.put("o12345", new Objectives(ObjectivesId.of("o12345"), "ask_if_new_patient", "active",
                List.of(), "2025-01-01T00:00:00Z", null, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/objectives/", "/tavus-api-calls/objectives"})
    void create_bothSlashForms_forwardTheSet(String path) {
        send(client.post().uri(path), CREATE_BODY).expectStatus().isOk().expectBody()
                .jsonPath("$.objectives_id").isEqualTo("o1")
                .jsonPath("$.objective_name").isEqualTo("ask_if_new_patient")
                .jsonPath("$.status").isEqualTo("active");
        var objective = provider.drafts().getFirst().objectives().getFirst();
        assertThat(objective.confirmationMode()).isEqualTo("manual");
        assertThat(objective.nextConditionalObjectives()).containsEntry("get_patient_name", "the patient is new");
        assertThat(objective.nextRequiredObjectives()).containsExactly("get_patient_name");
        assertThat(objective.extraFields()).containsEntry("weight", 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|data: must not be empty",
            "{\"data\": [{\"objective_prompt\": \"p\"}]}|data[0].objective_name: must not be blank",
            "{\"data\": [{\"objective_name\": \"ask if new\", \"objective_prompt\": \"p\"}]}|data[0].objective_name: must not contain spaces",
            "{\"data\": [{\"objective_name\": \"ok\"}]}|data[0].objective_prompt: must not be blank",
            "{\"data\": [{\"objective_name\": \"ok\", \"objective_prompt\": \"p\", \"confirmation_mode\": \"later\"}]}|data[0].confirmation_mode: must be auto or manual",
            "{\"data\": [{\"objective_name\": \"ok\", \"objective_prompt\": \"p\", \"modality\": \"audio\"}]}|data[0].modality: must be verbal or visual",
    })
    void create_invalid_is400NamingTheField(String body, String message) {
        expectError(send(client.post().uri("/tavus-api-calls/objectives/"), body), 400, message);
        assertThat(provider.drafts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/objectives/o12345/", "/tavus-api-calls/objectives/o12345"})
    void get_bothSlashForms(String path) {
        get(path).expectStatus().isOk().expectBody().jsonPath("$.objectives_id").isEqualTo("o12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/objectives/list/", "/tavus-api-calls/objectives/list"})
    void list_bothSlashForms(String path) {
        get(path).expectStatus().isOk().expectBody().jsonPath("$.total_count").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/objectives/o12345/patch/", "/tavus-api-calls/objectives/o12345/patch"})
    void patch_bothSlashForms(String path) {
        provider.answerPatchesWith(PatchResult.changed(null));

        send(client.patch().uri(path), "[{\"op\": \"add\", \"path\": \"/data/-\", \"value\": {}}]")
                .expectStatus().isOk().expectBody().json("{\"objectives_id\": \"o12345\", \"changed\": true}", true);
    }

    @Test
    void patch_malformed_is400NamingTheOperation() {
        expectError(send(client.patch().uri("/tavus-api-calls/objectives/o12345/patch/"),
                "[{\"op\": \"remove\", \"path\": \"/a\"}, {\"op\": \"test\", \"path\": \"/b\"}]"),
                400, "patch[1]: \"value\" is required for op \"test\"");
        expectError(send(client.patch().uri("/tavus-api-calls/objectives/o12345/patch/"), "{}"),
                400, "patch: must be a JSON array of operations (RFC 6902)");
        assertThat(provider.patches()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/objectives/o12345/delete/", "/tavus-api-calls/objectives/o12345/delete"})
    void delete_bothSlashForms_are204(String path) {
        client.delete().uri(path).header("X-API-TOKEN", TOKEN).exchange().expectStatus().isNoContent();
        expectError(get("/tavus-api-calls/objectives/o12345/"), 404, "objectives o12345 was not found");
    }

    @Test
    void unknownId_is404_andMissingToken_is401() {
        expectError(get("/tavus-api-calls/objectives/o404/"), 404, "objectives o404 was not found");
        client.post().uri("/tavus-api-calls/objectives/").contentType(MediaType.APPLICATION_JSON).bodyValue(CREATE_BODY)
                .exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec send(WebTestClient.RequestBodySpec request, String body) {
        return request.header("X-API-TOKEN", TOKEN).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).header("X-API-TOKEN", TOKEN).exchange();
    }
}
