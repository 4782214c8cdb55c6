package com.acme.tavus.adapter.web.api.persona;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.ApiResponses.json;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.READ_ONLY_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.testing.FakePersonaProvider;
import com.acme.tavus.domain.persona.Persona;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.persona.PipelineMode;
import com.acme.tavus.domain.replica.ReplicaId;
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
class PersonaRoutesTest {

    /** Seed 004's persona with its add_schedule_event tool, plus unknown fields at several levels. */
    static final String SEED_PERSONA = """
            {
              "persona_name": "DRAKO",
              "pipeline_mode": "full",
              "system_prompt": "You are DRAKO, a friendly and efficient voice AI scheduling assistant...",
              "context": "You help users manage their daily schedule through conversation...",
              "default_replica_id": "re8e740a42",
              "guardrail_ids": ["g1"],
              "layers": {
                "llm": {
                  "model": "tavus-llama",
                  "default_query": "x",
                  "tools": [{
                    "type": "function",
                    "strict": true,
                    "function": {
                      "name": "add_schedule_event",
                      "description": "Add a new event to the user's schedule",
                      "parameters": {
                        "type": "object",
                        "properties": {"title": {"type": "string"}, "start_time": {"type": "string"}},
                        "required": ["title", "start_time"],
                        "additionalProperties": false
                      }
                    }
                  }]
                },
                "tts": {"tts_engine": "cartesia", "tts_emotion_control": true, "voice_settings": {"speed": "normal"}},
                "stt": {"stt_engine": "tavus-advanced", "hotwords": "DRAKO"},
                "perception": {"perception_model": "raven-0", "ambient_awareness_queries": ["Is it dark?"]},
                "conversational_flow": {"turn_detection_model": "sparrow-1", "turn_commitment": "medium"},
                "memory": {"enabled": true}
              }
            }""";

    @Autowired
    WebTestClient client;

    @Autowired
    FakePersonaProvider provider;

    @BeforeEach
    void reset() {
        provider.reset();
        provider.put(new Persona(PersonaId.of("p5317866"), "Life Coach", "You coach.", "Goals.", "full",
                "r79e1c033f", List.of(), List.of(), Map.of("llm", Map.of("model", "tavus-gpt-oss")), "user",
                "2025-01-01T00:00:00Z", null, Map.of("guardrail_ids", List.of("g1"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/personas/", "/tavus-api-calls/personas"})
    void create_seedPersona_forwardsTypedAndUnknownFields(String path) {
        var body = post(path, SEED_PERSONA).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        var persona = json(body);
        assertThat(persona.path("persona_id").asString()).startsWith("p");
        assertThat(persona.path("persona_name").asString()).isEqualTo("DRAKO");
        assertThat(persona.path("guardrail_ids").get(0).asString()).isEqualTo("g1");
        assertThat(persona.has("extra_fields")).isFalse();
        var draft = provider.drafts().getFirst();
        assertThat(draft.pipelineMode()).isEqualTo(PipelineMode.FULL);
        assertThat(draft.defaultReplicaId()).isEqualTo(ReplicaId.of("re8e740a42"));
        assertThat(draft.extraFields()).containsEntry("guardrail_ids", List.of("g1"));
        var layers = draft.layers();
        assertThat(layers).containsEntry("memory", Map.of("enabled", true));
        assertThat(layers.get("llm")).isEqualTo(Map.of("model", "tavus-llama", "default_query", "x", "tools", List.of(
                Map.of("type", "function", "strict", true, "function", Map.of(
                        "name", "add_schedule_event",
                        "description", "Add a new event to the user's schedule",
                        "parameters", Map.of("type", "object",
                                "properties", Map.of("title", Map.of("type", "string"),
                                        "start_time", Map.of("type", "string")),
                                "required", List.of("title", "start_time"),
                                "additionalProperties", false))))));
        assertThat(layers.get("conversational_flow"))
                .isEqualTo(Map.of("turn_detection_model", "sparrow-1", "turn_commitment", "medium"));
        assertThat(layers.get("tts"))
                .isEqualTo(Map.of("tts_engine", "cartesia", "tts_emotion_control", true, "voice_settings", Map.of("speed", "normal")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"persona_name\": \"x\"}|system_prompt: is required when pipeline_mode is full (the default)",
            "{\"system_prompt\": \"x\", \"pipeline_mode\": \"custom\"}|pipeline_mode: must be full or echo",
            "{\"system_prompt\": \"x\", \"default_replica_id\": \"../r1\"}|default_replica_id: must be 1-64 letters, digits, '-' or '_' and start with a letter or digit",
            "{\"system_prompt\": \"x\", \"layers\": {\"tts\": {\"tts_engine\": \"polly\"}}}|layers.tts.tts_engine: must be cartesia or elevenlabs",
            "{\"system_prompt\": \"x\", \"layers\": {\"perception\": {\"perception_model\": \"raven-9\"}}}|layers.perception.perception_model: must be raven-0, basic or off",
            "{\"system_prompt\": \"x\", \"layers\": {\"conversational_flow\": {\"turn_taking_patience\": \"none\"}}}|layers.conversational_flow.turn_taking_patience: must be low, medium or high",
            "{\"system_prompt\": \"x\", \"layers\": {\"llm\": {\"tools\": [{\"type\": \"retrieval\", \"function\": {\"name\": \"a\"}}]}}}|layers.llm.tools[0].type: must be \"function\"",
            "{\"system_prompt\": \"x\", \"layers\": {\"llm\": {\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"add event\"}}]}}}|layers.llm.tools[0].function.name: must be 1-64 letters, digits, '_' or '-'",
            "{\"system_prompt\": \"x\", \"layers\": {\"llm\": {\"tools\": [{\"type\": \"function\", \"function\": {}}]}}}|layers.llm.tools[0].function.name: must not be null",
            "{\"system_prompt\": \"x\", \"layers\": {\"llm\": {\"tools\": [{\"type\": \"function\"}]}}}|layers.llm.tools[0].function: must not be null",
            "{\"system_prompt\": \"x\", \"layers\": {\"llm\": {\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"a\", \"parameters\": {\"type\": \"string\"}}}]}}}|layers.llm.tools[0].function.parameters.type: must be \"object\" (parameters is a JSON-Schema object)",
            "{\"system_prompt\": \"x\", \"layers\": {\"perception\": {\"perception_tools\": [{\"type\": \"function\", \"function\": {\"name\": \"a b\"}}]}}}|layers.perception.perception_tools[0].function.name: must be 1-64 letters, digits, '_' or '-'",
    })
    void create_invalidBody_is400NamingTheField(String body, String message) {
        expectError(post("/tavus-api-calls/personas/", body), 400, message);
        assertThat(provider.drafts()).isEmpty();
    }

    @Test
    void create_withoutToken_is401() {
        client.post().uri("/tavus-api-calls/personas/").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SEED_PERSONA).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void create_readOnlyToken_is403() {
        client.post().uri("/tavus-api-calls/personas/").header("X-API-TOKEN", READ_ONLY_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SEED_PERSONA).exchange()
                .expectStatus().isForbidden();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/personas/p5317866/", "/tavus-api-calls/personas/p5317866"})
    void get_bothSlashForms_answerThePersona(String path) {
        get(path).expectStatus().isOk().expectBody()
                .jsonPath("$.persona_id").isEqualTo("p5317866")
                .jsonPath("$.layers.llm.model").isEqualTo("tavus-gpt-oss")
                .jsonPath("$.guardrail_ids[0]").isEqualTo("g1")
                .jsonPath("$.updated_at").doesNotExist();
    }

    @Test
    void get_unknown_is404() {
        expectError(get("/tavus-api-calls/personas/p404/"), 404, "persona p404 was not found");
    }

    @Test
    void get_withoutToken_is401() {
        client.get().uri("/tavus-api-calls/personas/p5317866/").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/personas/list/", "/tavus-api-calls/personas/list"})
    void list_bothSlashForms_answerTheEnvelope(String path) {
        get(path + "?limit=5&page=1&persona_type=user").expectStatus().isOk().expectBody()
                .jsonPath("$.total_count").isEqualTo(1)
                .jsonPath("$.data[0].persona_id").isEqualTo("p5317866");
    }

    @Test
    void list_badPersonaType_is400() {
        expectError(get("/tavus-api-calls/personas/list/?persona_type=stock"), 400, "persona_type: must be user or system");
        expectError(get("/tavus-api-calls/personas/list/?limit=0"), 400, "limit: must be greater than or equal to 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/personas/p5317866/patch/", "/tavus-api-calls/personas/p5317866/patch"})
    void patch_bothSlashForms_answerThePatchedPersona(String path) {
        patch(path, "[{\"op\": \"replace\", \"path\": \"/context\", \"value\": \"New\"}]")
                .expectStatus().isOk().expectBody().jsonPath("$.persona_id").isEqualTo("p5317866")
                .jsonPath("$.persona_name").isEqualTo("Life Coach");
        assertThat(provider.patches().getFirst().toJson())
                .containsExactly(Map.of("op", "replace", "path", "/context", "value", "New"));
    }

    @Test
    void patch_unchanged_is200WithChangedFalse() {
        provider.answerPatchesWith(false, false);

        patch("/tavus-api-calls/personas/p5317866/patch/", "[{\"op\": \"remove\", \"path\": \"/context\"}]")
                .expectStatus().isOk().expectBody().json("{\"persona_id\": \"p5317866\", \"changed\": false}", true);
    }

    @Test
    void patch_changedWithoutBody_is200WithChangedTrue() {
        provider.answerPatchesWith(true, false);

        patch("/tavus-api-calls/personas/p5317866/patch/", "[{\"op\": \"remove\", \"path\": \"/context\"}]")
                .expectStatus().isOk().expectBody().json("{\"persona_id\": \"p5317866\", \"changed\": true}", true);
    }

    @Test
    void patch_jsonPatchContentType_isAccepted() {
        client.patch().uri("/tavus-api-calls/personas/p5317866/patch/").header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.parseMediaType("application/json-patch+json"))
                .bodyValue("[{\"op\": \"remove\", \"path\": \"/context\"}]").exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"op\": \"replace\"}|patch: must be a JSON array of operations (RFC 6902)",
            "[]|patch: must contain at least one operation",
            "[{\"op\": \"remove\", \"path\": \"/a\"}, 3]|patch[1]: must be an object with \"op\" and \"path\"",
            "[{\"op\": \"merge\", \"path\": \"/a\"}]|patch[0]: unknown op \"merge\"; expected one of add, remove, replace, move, copy, test",
            "[{\"path\": \"/a\"}]|patch[0]: \"op\" is required (one of add, remove, replace, move, copy, test)",
            "[{\"op\": \"remove\"}]|patch[0]: \"path\" is required for op \"remove\"",
            "[{\"op\": \"remove\", \"path\": \"context\"}]|patch[0]: \"path\" \"context\" is not a JSON Pointer: must be empty or start with \"/\"",
            "[{\"op\": \"remove\", \"path\": \"/a~2\"}]|patch[0]: \"path\" \"/a~2\" is not a JSON Pointer: \"~\" must be followed by 0 or 1 (write ~0 for \"~\" and ~1 for \"/\")",
            "[{\"op\": \"remove\", \"path\": \"/a\"}, {\"op\": \"remove\", \"path\": \"/b\"}, {\"op\": \"replace\", \"path\": \"/c\"}]|patch[2]: \"value\" is required for op \"replace\"",
            "[{\"op\": \"add\", \"path\": \"/c\"}]|patch[0]: \"value\" is required for op \"add\"",
            "[{\"op\": \"test\", \"path\": \"/c\"}]|patch[0]: \"value\" is required for op \"test\"",
            "[{\"op\": \"copy\", \"path\": \"/c\"}]|patch[0]: \"from\" is required for op \"copy\"",
            "[{\"op\": \"move\", \"path\": \"/c\"}]|patch[0]: \"from\" is required for op \"move\"",
    })
    void patch_malformed_is400NamingTheOperationBeforeTavusIsCalled(String body, String message) {
        expectError(patch("/tavus-api-calls/personas/p5317866/patch/", body), 400, message);
        assertThat(provider.patches()).isEmpty();
    }

    @Test
    void patch_notJson_is400() {
        expectError(patch("/tavus-api-calls/personas/p5317866/patch/", "[{"), 400, "Request body is not valid JSON");
    }

    @Test
    void patch_tavusRejects_is400WithItsMessage() {
        provider.rejectPatchesWith("Invalid JSON patch format");

        expectError(patch("/tavus-api-calls/personas/p5317866/patch/", "[{\"op\": \"remove\", \"path\": \"/x\"}]"),
                400, "Invalid JSON patch format");
    }

    @Test
    void patch_unknownPersona_is404() {
        expectError(patch("/tavus-api-calls/personas/p404/patch/", "[{\"op\": \"remove\", \"path\": \"/x\"}]"),
                404, "persona p404 was not found");
    }

    @Test
    void patch_withoutToken_is401() {
        client.patch().uri("/tavus-api-calls/personas/p5317866/patch/").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[]").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/personas/p5317866/delete/", "/tavus-api-calls/personas/p5317866/delete"})
    void delete_bothSlashForms_are204(String path) {
        client.delete().uri(path).header("X-API-TOKEN", TOKEN).exchange().expectStatus().isNoContent();
        expectError(get("/tavus-api-calls/personas/p5317866/"), 404, "persona p5317866 was not found");
    }

    @Test
    void delete_unknown_is404AndBadIdIs400() {
        expectError(client.delete().uri("/tavus-api-calls/personas/p404/delete/").header("X-API-TOKEN", TOKEN)
                .exchange(), 404, "persona p404 was not found");
        expectError(client.delete().uri("/tavus-api-calls/personas/p!1/delete/").header("X-API-TOKEN", TOKEN)
                .exchange(), 400, "persona_id: must be 1-64 letters, digits, '-' or '_' and start with a letter or digit");
    }

    private WebTestClient.ResponseSpec post(String path, String body) {
        return client.post().uri(path).header("X-API-TOKEN", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec patch(String path, String body) {
        return client.patch().uri(path).header("X-API-TOKEN", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).header("X-API-TOKEN", TOKEN).exchange();
    }
}
