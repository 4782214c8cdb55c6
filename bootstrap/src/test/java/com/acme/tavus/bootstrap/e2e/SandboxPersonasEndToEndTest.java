package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The persona lifecycle over real HTTP in sandbox mode, with seed 004's persona and its
 * {@code add_schedule_event} tool: create, get, patch, get, list, delete, and a conversation that can
 * no longer use the deleted persona.
 */
@SandboxApplicationTest
class SandboxPersonasEndToEndTest {

    private static final String SEED_004_PERSONA = """
            {
              "persona_name": "DRAKO",
              "pipeline_mode": "full",
              "system_prompt": "You are DRAKO, a friendly and efficient voice AI scheduling assistant...",
              "context": "You help users manage their daily schedule through conversation...",
              "default_replica_id": "re8e740a42",
              "layers": {
                "llm": {
                  "model": "tavus-llama",
                  "tools": [{
                    "type": "function",
                    "function": {
                      "name": "add_schedule_event",
                      "description": "Add a new event to the user's schedule",
                      "parameters": {
                        "type": "object",
                        "properties": {
                          "title": {"type": "string"},
                          "start_time": {"type": "string"},
                          "end_time": {"type": "string"}
                        },
                        "required": ["title", "start_time"]
                      }
                    }
                  }]
                },
                "tts": {"tts_engine": "cartesia", "tts_emotion_control": true}
              }
            }""";

    @Autowired
    WebTestClient http;

    @Test
    void personaLifecycle_createGetPatchListDelete() {
        var created = http.post().uri("/tavus-api-calls/personas/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SEED_004_PERSONA)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Tavus-Mode", "sandbox")
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("persona_id");
        assertThat(id).matches("p[0-9a-f]{11}");
        assertThat(created).containsEntry("persona_name", "DRAKO").containsEntry("persona_type", "user");

        http.get().uri("/tavus-api-calls/personas/{id}/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.layers.llm.tools[0].function.name").isEqualTo("add_schedule_event")
                .jsonPath("$.layers.llm.tools[0].function.parameters.required[1]").isEqualTo("start_time")
                .jsonPath("$.layers.tts.tts_engine").isEqualTo("cartesia");

        http.patch().uri("/tavus-api-calls/personas/{id}/patch/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        [
                          {"op": "replace", "path": "/context", "value": "Updated context..."},
                          {"op": "add", "path": "/layers/llm/speculative_inference", "value": true},
                          {"op": "add", "path": "/layers/stt", "value": {"hotwords": "DRAKO"}},
                          {"op": "remove", "path": "/layers/stt"}
                        ]""")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.persona_id").isEqualTo(id)
                .jsonPath("$.context").isEqualTo("Updated context...");

        http.get().uri("/tavus-api-calls/personas/{id}", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.context").isEqualTo("Updated context...")
                .jsonPath("$.layers.llm.speculative_inference").isEqualTo(true)
                .jsonPath("$.layers.stt").doesNotExist();

        http.patch().uri("/tavus-api-calls/personas/{id}/patch", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"op\": \"test\", \"path\": \"/context\", \"value\": \"Updated context...\"}]")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"persona_id\": \"%s\", \"changed\": false}".formatted(id), true);

        http.patch().uri("/tavus-api-calls/personas/{id}/patch/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"op\": \"test\", \"path\": \"/context\", \"value\": \"something else\"}]")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").value(message -> assertThat((String) message)
                        .startsWith("Invalid JSON patch:"));

        http.get().uri("/tavus-api-calls/personas/list/?persona_type=user&limit=100")
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total_count").isNumber()
                .jsonPath("$.data[?(@.persona_id == '%s')]".formatted(id)).exists();

        http.delete().uri("/tavus-api-calls/personas/{id}/delete/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isNoContent();

        http.get().uri("/tavus-api-calls/personas/{id}/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().json("{\"error\": \"persona %s was not found\"}".formatted(id), true);

        http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("persona_id", id))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().json("{\"error\": \"Invalid persona_id\"}", true);
    }

    @Test
    void badPatchOperation_is400NamingIt() {
        http.patch().uri("/tavus-api-calls/personas/p5317866/patch/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"op\": \"replace\", \"path\": \"/context\"}]")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().json("{\"error\": \"patch[0]: \\\"value\\\" is required for op \\\"replace\\\"\"}", true);
    }
}
