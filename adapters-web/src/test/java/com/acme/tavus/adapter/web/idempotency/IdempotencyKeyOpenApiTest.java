package com.acme.tavus.adapter.web.idempotency;

import static com.acme.tavus.adapter.web.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@WebLayerTest
class IdempotencyKeyOpenApiTest {

    private static final String PARAMETER_REF = "#/components/parameters/IdempotencyKey";

    @Autowired
    WebTestClient client;

    private JsonNode spec;

    @BeforeEach
    void fetchSpec() {
        spec = json(client.mutate().responseTimeout(Duration.ofSeconds(30)).build().get().uri("/v3/api-docs")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    @Test
    void theHeaderIsOneReusableParameter() {
        var parameter = spec.path("components").path("parameters").path("IdempotencyKey");

        assertThat(parameter.path("name").asString()).isEqualTo("Idempotency-Key");
        assertThat(parameter.path("in").asString()).isEqualTo("header");
        assertThat(parameter.path("required").asBoolean(true)).isFalse();
        assertThat(parameter.path("schema").path("maxLength").asInt()).isEqualTo(255);
        assertThat(parameter.path("schema").path("minLength").asInt()).isEqualTo(1);
        assertThat(parameter.path("description").asString())
                .contains("24 hours", "Idempotent-Replayed: true", "422", "Only successes are remembered");
        assertThat(spec.path("components").path("headers").path("IdempotentReplayed").path("description").asString())
                .contains("remembered answer");
    }

    @Test
    void exactlyTheCreateOperationsTakeIt() {
        var byOperation = operations().collect(Collectors.toMap(
                op -> op.path("operationId").asString(),
                op -> op.path("parameters").valueStream().anyMatch(p -> PARAMETER_REF.equals(p.path("$ref").asString()))));

        assertThat(byOperation.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("createConversation", "createPersona", "createReplica", "createDocument",
                        "createGuardrails", "createObjectives", "createOnboardingConversation");
        // A create route added later without @Idempotent fails here.
        assertThat(byOperation.keySet().stream().filter(id -> id.startsWith("create")))
                .allSatisfy(id -> assertThat(byOperation.get(id)).as(id).isTrue());
    }

    @Test
    void createOperationsDocumentTheReplayHeaderAnd409And422() {
        var create = spec.path("paths").path("/tavus-api-calls/conversations/").path("post");
        var responses = create.path("responses");

        assertThat(responses.path("200").path("headers").path("Idempotent-Replayed").path("$ref").asString())
                .isEqualTo("#/components/headers/IdempotentReplayed");
        assertThat(responses.path("422").path("content").path("application/json").path("schema").path("$ref")
                .asString()).isEqualTo("#/components/schemas/ErrorResponse");
        assertThat(responses.path("422").path("content").path("application/json").path("example").path("error")
                .asString()).contains("was used with a different request");
        assertThat(responses.path("409").path("headers").has("Retry-After")).isTrue();
        assertThat(responses.propertyNames()).containsSubsequence("200", "400", "409", "422", "500");
        var list = spec.path("paths").path("/tavus-api-calls/conversations/list/").path("get").path("responses");
        assertThat(list.has("422")).isFalse();
    }

    private java.util.stream.Stream<JsonNode> operations() {
        return spec.path("paths").valueStream().flatMap(JsonNode::valueStream);
    }
}
