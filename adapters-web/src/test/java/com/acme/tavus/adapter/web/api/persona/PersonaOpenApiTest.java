package com.acme.tavus.adapter.web.api.persona;

import static com.acme.tavus.adapter.web.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@WebLayerTest
class PersonaOpenApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void personaRoutes_areDocumentedOnceWithTypedLayersAndThePatchArray() {
        var spec = json(client.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());

        var paths = spec.path("paths");
        assertThat(paths.propertyNames()).contains(
                "/tavus-api-calls/personas/",
                "/tavus-api-calls/personas/list/",
                "/tavus-api-calls/personas/{persona_id}/",
                "/tavus-api-calls/personas/{persona_id}/patch/",
                "/tavus-api-calls/personas/{persona_id}/delete/");
        assertThat(paths.propertyNames()).doesNotContain("/tavus-api-calls/personas", "/tavus-api-calls/personas/list");
        var patch = paths.path("/tavus-api-calls/personas/{persona_id}/patch/").path("patch");
        assertThat(patch.path("tags").get(0).asString()).isEqualTo("Personas");
        assertThat(patch.path("requestBody").path("content").path("application/json").path("schema")
                .path("items").path("$ref").asString()).isEqualTo("#/components/schemas/JsonPatchOperation");
        assertThat(patch.path("responses").propertyNames()).contains("200", "400", "404");

        var schemas = spec.path("components").path("schemas");
        assertThat(schemas.path("CreatePersonaRequest").path("properties").propertyNames()).contains(
                "persona_name", "system_prompt", "context", "pipeline_mode", "default_replica_id", "document_ids",
                "document_tags", "layers").doesNotContain("extra_fields", "extraFields");
        assertThat(schemas.path("PersonaLayers").path("properties").propertyNames())
                .contains("llm", "tts", "stt", "perception", "conversational_flow");
        assertThat(schemas.path("TtsLayer").path("properties").path("tts_engine").path("enum")
                .valueStream().map(JsonNode::asString)).containsExactly("cartesia", "elevenlabs");
        assertThat(schemas.path("FunctionToolFunction").path("properties").path("name").path("pattern").asString())
                .isEqualTo("^[a-zA-Z0-9_-]{1,64}$");
        assertThat(schemas.path("JsonPatchOperation").path("properties").path("op").path("enum")
                .valueStream().map(JsonNode::asString))
                .containsExactly("add", "remove", "replace", "copy", "move", "test");
        assertThat(spec.path("tags").valueStream().map(tag -> tag.path("name").asString())).contains("Personas");
    }
}
