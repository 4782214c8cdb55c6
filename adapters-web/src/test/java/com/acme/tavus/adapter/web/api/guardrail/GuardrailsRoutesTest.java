package com.acme.tavus.adapter.web.api.guardrail;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.testing.FakeGuardrailsProvider;
import com.acme.tavus.domain.guardrail.Guardrails;
import com.acme.tavus.domain.guardrail.GuardrailsId;
import com.acme.tavus.domain.shared.Modality;
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
class GuardrailsRoutesTest {

    static final String CREATE_BODY = """
            {"name": "Healthcare", "tags": ["x"], "data": [{
              "guardrail_name": "healthcare_compliance_guardrail",
              "guardrail_prompt": "Never give a diagnosis.",
              "modality": "visual", "callback_url": "https://hooks.example/g", "priority": 1}]}""";

    @Autowired
    WebTestClient client;

    @Autowired
    FakeGuardrailsProvider provider;

    @BeforeEach
    void reset() {
        provider.reset();
        provider.put("g12345", new Guardrails(GuardrailsId.of("g12345"), "Healthcare", "active",
                List.of(Map.of("guardrail_name", "no_diagnoses")), "2025-01-01T00:00:00Z", null, Map.of("legacy", true)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/guardrails/", "/tavus-api-calls/guardrails"})
    void create_bothSlashForms_forwardTheSet(String path) {
        send(client.post().uri(path), CREATE_BODY).expectStatus().isOk().expectBody()
                .jsonPath("$.guardrails_id").isEqualTo("g1")
                .jsonPath("$.guardrails_name").isEqualTo("Healthcare")
                .jsonPath("$.status").isEqualTo("active");
        var draft = provider.drafts().getFirst();
        assertThat(draft.extraFields()).containsEntry("tags", List.of("x"));
        var guardrail = draft.guardrails().getFirst();
        assertThat(guardrail.modality()).isEqualTo(Modality.VISUAL);
        assertThat(guardrail.extraFields()).containsEntry("priority", 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"x\"}|data: must not be empty",
            "{\"data\": []}|data: must not be empty",
            "{\"data\": [{\"guardrail_prompt\": \"p\"}]}|data[0].guardrail_name: must not be blank",
            "{\"data\": [{\"guardrail_name\": \"no-dash\", \"guardrail_prompt\": \"p\"}]}|data[0].guardrail_name: may contain only letters, digits and underscores",
            "{\"data\": [{\"guardrail_name\": \"ok\"}]}|data[0].guardrail_prompt: must not be blank",
            "{\"data\": [{\"guardrail_name\": \"ok\", \"guardrail_prompt\": \"p\", \"modality\": \"audio\"}]}|data[0].modality: must be verbal or visual",
            "{\"data\": [{\"guardrail_name\": \"ok\", \"guardrail_prompt\": \"p\", \"callback_url\": \"ftp://x\"}]}|data[0].callback_url: must be an http or https URL",
    })
    void create_invalid_is400NamingTheField(String body, String message) {
        expectError(send(client.post().uri("/tavus-api-calls/guardrails/"), body), 400, message);
        assertThat(provider.drafts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/guardrails/g12345/", "/tavus-api-calls/guardrails/g12345"})
    void get_bothSlashForms(String path) {
        get(path).expectStatus().isOk().expectBody()
                .jsonPath("$.guardrails_id").isEqualTo("g12345")
                .jsonPath("$.data[0].guardrail_name").isEqualTo("no_diagnoses")
                .jsonPath("$.legacy").isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/guardrails/list/", "/tavus-api-calls/guardrails/list"})
    void list_bothSlashForms(String path) {
        get(path + "?limit=10&page=1").expectStatus().isOk().expectBody()
                .jsonPath("$.total_count").isEqualTo(1)
                .jsonPath("$.data[0].guardrails_id").isEqualTo("g12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/guardrails/g12345/patch/", "/tavus-api-calls/guardrails/g12345/patch"})
    void patch_bothSlashForms_forwardTheArray(String path) {
        send(client.patch().uri(path), "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"New\"}]")
                .expectStatus().isOk().expectBody().jsonPath("$.guardrails_id").isEqualTo("g12345");
        assertThat(provider.patches().getFirst().toJson())
                .containsExactly(Map.of("op", "replace", "path", "/name", "value", "New"));
    }

    @Test
    void patch_unchanged_is200WithChangedFalse() {
        provider.answerPatchesWith(PatchResult.unchanged());

        send(client.patch().uri("/tavus-api-calls/guardrails/g12345/patch/"), "[{\"op\": \"remove\", \"path\": \"/x\"}]")
                .expectStatus().isOk().expectBody().json("{\"guardrails_id\": \"g12345\", \"changed\": false}", true);
    }

    @Test
    void patch_malformedOrRejected_is400() {
        expectError(send(client.patch().uri("/tavus-api-calls/guardrails/g12345/patch/"),
                "[{\"op\": \"copy\", \"path\": \"/a\"}]"), 400, "patch[0]: \"from\" is required for op \"copy\"");
        assertThat(provider.patches()).isEmpty();
        provider.rejectPatchesWith("Invalid JSON patch format");
        expectError(send(client.patch().uri("/tavus-api-calls/guardrails/g12345/patch/"),
                "[{\"op\": \"remove\", \"path\": \"/a\"}]"), 400, "Invalid JSON patch format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/guardrails/g12345/delete/", "/tavus-api-calls/guardrails/g12345/delete"})
    void delete_bothSlashForms_are204(String path) {
        client.delete().uri(path).header("X-API-TOKEN", TOKEN).exchange().expectStatus().isNoContent();
        expectError(get("/tavus-api-calls/guardrails/g12345/"), 404, "guardrails g12345 was not found");
    }

    @Test
    void unknownId_is404_andMissingToken_is401() {
        expectError(get("/tavus-api-calls/guardrails/g404/"), 404, "guardrails g404 was not found");
        expectError(send(client.patch().uri("/tavus-api-calls/guardrails/g404/patch/"),
                "[{\"op\": \"remove\", \"path\": \"/a\"}]"), 404, "guardrails g404 was not found");
        client.get().uri("/tavus-api-calls/guardrails/list/").exchange().expectStatus().isUnauthorized();
        client.delete().uri("/tavus-api-calls/guardrails/g12345/delete/").exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec send(WebTestClient.RequestBodySpec request, String body) {
        return request.header("X-API-TOKEN", TOKEN).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).header("X-API-TOKEN", TOKEN).exchange();
    }
}
