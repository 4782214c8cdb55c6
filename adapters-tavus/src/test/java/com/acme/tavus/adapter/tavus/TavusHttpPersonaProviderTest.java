package com.acme.tavus.adapter.tavus;

import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.API_KEY;
import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PersonaFilter;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.persona.PipelineMode;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.JsonPatch;
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

class TavusHttpPersonaProviderTest {

    private static final String PERSONA_JSON = """
            {"persona_id": "p5317866", "persona_name": "Life Coach", "system_prompt": "You coach.",
             "context": "Goals.", "pipeline_mode": "full", "default_replica_id": "r79e1c033f",
             "document_ids": ["d1"], "document_tags": [], "persona_type": "user",
             "layers": {"llm": {"model": "tavus-gpt-oss"}}, "created_at": "2025-05-13T06:42:58Z",
             "updated_at": "2025-05-13T06:43:00Z", "guardrail_ids": ["g1"]}
            """;
    private static final JsonPatch PATCH = JsonPatch.of(List.of(
            Map.of("op", "replace", "path", "/context", "value", "New"),
            Map.of("op", "copy", "from", "/context", "path", "/system_prompt"),
            Map.of("op", "remove", "path", "/layers/stt/hotwords")));

    private static FakeTavusServer tavus;
    private TavusHttpPersonaProvider provider;

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
        provider = new TavusHttpPersonaProvider(calls);
    }

    @Test
    void create_sendsEveryFieldAndPassesExtrasThrough() {
        tavus.on("POST", "/v2/personas", FakeResponse.ok(
                "{\"persona_id\": \"p9a95912\", \"persona_name\": \"DRAKO\", \"created_at\": \"2025-05-13T06:42:58Z\"}"));
        var layers = Map.<String, Object>of("llm", Map.of("model", "tavus-llama", "tools", List.of(Map.of(
                "type", "function", "function", Map.of("name", "add_schedule_event")))));
        var draft = new PersonaDraft("DRAKO", "You are DRAKO.", "Schedules.", PipelineMode.FULL,
                ReplicaId.of("re8e740a42"), List.of("d1"), List.of("faq"), layers, Map.of("guardrail_ids", List.of("g1")));

        StepVerifier.create(provider.create(draft))
                .assertNext(persona -> {
                    assertThat(persona.id()).isEqualTo(PersonaId.of("p9a95912"));
                    assertThat(persona.name()).isEqualTo("DRAKO");
                    assertThat(persona.layers()).isEmpty();
                })
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v2/personas");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(json(sent.body())).isEqualTo(Map.of(
                "persona_name", "DRAKO", "system_prompt", "You are DRAKO.", "context", "Schedules.",
                "pipeline_mode", "full", "default_replica_id", "re8e740a42", "document_ids", List.of("d1"),
                "document_tags", List.of("faq"), "layers", layers, "guardrail_ids", List.of("g1")));
    }

    @Test
    void get_readsABareObject() {
        tavus.on("GET", "/v2/personas/p5317866", FakeResponse.ok(PERSONA_JSON));

        StepVerifier.create(provider.get(PersonaId.of("p5317866")))
                .assertNext(persona -> {
                    assertThat(persona.defaultReplicaId()).isEqualTo("r79e1c033f");
                    assertThat(persona.layers()).containsEntry("llm", Map.of("model", "tavus-gpt-oss"));
                    assertThat(persona.extraFields()).containsEntry("guardrail_ids", List.of("g1"));
                    assertThat(persona.personaType()).isEqualTo("user");
                })
                .verifyComplete();
        assertThat(tavus.lastRequest().method()).isEqualTo("GET");
    }

    @Test
    void get_readsTheDataWrapperOfTheGetPersonaPage() {
        tavus.on("GET", "/v2/personas/p5317866", FakeResponse.ok("{\"data\": [" + PERSONA_JSON + "]}"));

        StepVerifier.create(provider.get(PersonaId.of("p5317866")))
                .assertNext(persona -> assertThat(persona.name()).isEqualTo("Life Coach"))
                .verifyComplete();
    }

    @Test
    void get_emptyDataWrapper_isAnUnreadableAnswer() {
        tavus.on("GET", "/v2/personas/p5317866", FakeResponse.ok("{\"data\": []}"));

        StepVerifier.create(provider.get(PersonaId.of("p5317866")))
                .expectError(ProviderException.BadGateway.class).verify();
    }

    @Test
    void get_invalidPersonaId_isNotFound() {
        tavus.on("GET", "/v2/personas/p404", FakeResponse.tavusError(400, "error", "Invalid persona_id"));

        StepVerifier.create(provider.get(PersonaId.of("p404")))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NotFoundException.class)
                        .hasMessage("persona p404 was not found"))
                .verify();
    }

    @Test
    void list_sendsPagingAndTypeAndReadsTheEnvelope() {
        tavus.on("GET", "/v2/personas", FakeResponse.ok("{\"data\": [" + PERSONA_JSON + "], \"total_count\": 7}"));

        StepVerifier.create(provider.list(new PersonaFilter(new PageRequest(5, 2), "system")))
                .assertNext(page -> {
                    assertThat(page.totalCount()).isEqualTo(7);
                    assertThat(page.data()).hasSize(1);
                })
                .verifyComplete();
        var sent = tavus.lastRequest();
        assertThat(sent.queryParam("limit")).isEqualTo("5");
        assertThat(sent.queryParam("page")).isEqualTo("2");
        assertThat(sent.queryParam("persona_type")).isEqualTo("system");
    }

    @Test
    void patch_sendsTheArrayAsPlainJson() {
        tavus.on("PATCH", "/v2/personas/p5317866", FakeResponse.status(200));

        StepVerifier.create(provider.patch(PersonaId.of("p5317866"), PATCH))
                .assertNext(result -> {
                    assertThat(result.changed()).isTrue();
                    assertThat(result.updated()).isEmpty();
                })
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.method()).isEqualTo("PATCH");
        assertThat(sent.path()).isEqualTo("/v2/personas/p5317866");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(JsonMapper.builder().build().readValue(sent.body(), new TypeReference<List<Map<String, Object>>>() {}))
                .isEqualTo(PATCH.toJson());
    }

    @Test
    void patch_answerWithThePersona_returnsIt() {
        tavus.on("PATCH", "/v2/personas/p5317866", FakeResponse.ok(PERSONA_JSON));

        StepVerifier.create(provider.patch(PersonaId.of("p5317866"), PATCH))
                .assertNext(result -> assertThat(result.updated()).hasValueSatisfying(
                        persona -> assertThat(persona.context()).isEqualTo("Goals.")))
                .verifyComplete();
    }

    @Test
    void patch_answerWithAMessage_isChangedWithoutPersona() {
        tavus.on("PATCH", "/v2/personas/p5317866", FakeResponse.ok("{\"message\": \"Persona updated\"}"));

        StepVerifier.create(provider.patch(PersonaId.of("p5317866"), PATCH))
                .assertNext(result -> assertThat(result).extracting("changed").isEqualTo(true))
                .verifyComplete();
    }

    @Test
    void patch_304WithoutBody_isUnchanged() {
        tavus.on("PATCH", "/v2/personas/p5317866", FakeResponse.status(304));

        StepVerifier.create(provider.patch(PersonaId.of("p5317866"), PATCH))
                .assertNext(result -> assertThat(result.changed()).isFalse())
                .verifyComplete();
    }

    @Test
    void patch_304WithBody_isUnchanged() {
        tavus.on("PATCH", "/v2/personas/p5317866",
                FakeResponse.json(304, "{\"message\": \"No changes were made to the persona\"}"));

        StepVerifier.create(provider.patch(PersonaId.of("p5317866"), PATCH))
                .assertNext(result -> assertThat(result.changed()).isFalse())
                .verifyComplete();
    }

    @Test
    void patch_422_isRejectedWithTavusMessage() {
        tavus.on("PATCH", "/v2/personas/p5317866", FakeResponse.tavusError(422, "message", "Invalid JSON patch format"));

        StepVerifier.create(provider.patch(PersonaId.of("p5317866"), PATCH))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("Invalid JSON patch format"))
                .verify();
    }

    @Test
    void patch_invalidPersonaId_isNotFound() {
        tavus.on("PATCH", "/v2/personas/p404", FakeResponse.tavusError(400, "error", "Invalid persona_id"));

        StepVerifier.create(provider.patch(PersonaId.of("p404"), PATCH))
                .expectError(NotFoundException.class).verify();
    }

    @Test
    void delete_sendsDeleteAndAccepts204() {
        tavus.on("DELETE", "/v2/personas/p5317866", FakeResponse.status(204));

        StepVerifier.create(provider.delete(PersonaId.of("p5317866"))).verifyComplete();

        assertThat(tavus.lastRequest().line()).contains("DELETE").contains("/v2/personas/p5317866");
        assertThat(tavus.lastRequest().header("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void delete_invalidPersonaId_isNotFound() {
        tavus.on("DELETE", "/v2/personas/p404", FakeResponse.tavusError(400, "error", "Invalid persona_id"));

        StepVerifier.create(provider.delete(PersonaId.of("p404"))).expectError(NotFoundException.class).verify();
    }

    @Test
    void create_rejectedReplica_isRejectedNamingTheField() {
        tavus.on("POST", "/v2/personas", FakeResponse.tavusError(400, "error", "Invalid replica_uuid"));
        var draft = new PersonaDraft("x", "y", null, null, null, null, null, Map.of(), Map.of());

        StepVerifier.create(provider.create(draft))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("Invalid replica_uuid"))
                .verify();
    }
}
