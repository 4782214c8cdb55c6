package com.acme.tavus.adapter.web.api.guardrail;

import static com.acme.tavus.adapter.web.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebLayerTest
class GuardrailsAndObjectivesOpenApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void routesAreDocumentedOnce_taggedAndMarkedAsTheSetBasedModel() {
        var spec = json(client.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        var paths = spec.path("paths");

        for (var resource : new String[] {"guardrails", "objectives"}) {
            var base = "/tavus-api-calls/" + resource;
            var id = "{" + resource + "_id}";
            assertThat(paths.propertyNames()).contains(base + "/", base + "/list/", base + "/" + id + "/",
                    base + "/" + id + "/patch/", base + "/" + id + "/delete/");
            var create = paths.path(base + "/").path("post");
            var tag = resource.equals("guardrails") ? "Guardrails" : "Objectives";
            assertThat(create.path("tags").get(0).asString()).isEqualTo(tag);
            assertThat(create.path("description").asString()).contains("set-based model of the stored Tavus docs");
            assertThat(paths.path(base + "/" + id + "/patch/").path("patch").path("requestBody").path("content")
                    .path("application/json").path("schema").path("items").path("$ref").asString())
                    .isEqualTo("#/components/schemas/JsonPatchOperation");
        }
        var schemas = spec.path("components").path("schemas");
        assertThat(schemas.path("GuardrailRequest").path("required").valueStream().map(n -> n.asString()))
                .contains("guardrail_name", "guardrail_prompt");
        assertThat(schemas.path("ObjectiveRequest").path("properties").propertyNames()).contains(
                "objective_name", "objective_prompt", "confirmation_mode", "output_variables", "modality",
                "next_conditional_objectives", "next_required_objectives", "callback_url");
        assertThat(spec.path("tags").valueStream().map(t -> t.path("name").asString()))
                .contains("Guardrails", "Objectives");
    }
}
