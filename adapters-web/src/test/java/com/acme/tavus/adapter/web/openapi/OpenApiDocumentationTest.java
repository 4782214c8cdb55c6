package com.acme.tavus.adapter.web.openapi;

import static com.acme.tavus.adapter.web.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@WebLayerTest
class OpenApiDocumentationTest {

    /** springdoc builds the document on the first request, which can take a while on a busy machine. */
    private static final Duration SPEC_GENERATION = Duration.ofSeconds(30);

    @Autowired
    WebTestClient client;

    private static final String CONVERSATIONS = "/tavus-api-calls/conversations/";

    private JsonNode spec;

    @BeforeEach
    void fetchSpecWithoutToken() {
        var body = client.mutate().responseTimeout(SPEC_GENERATION).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        spec = json(body);
    }

    @Test
    void apiDocs_arePublic_andDeclareTheTokenSchemeForEveryOperation() {
        var scheme = spec.path("components").path("securitySchemes").path("X-API-TOKEN");
        assertThat(scheme.path("type").asString()).isEqualTo("apiKey");
        assertThat(scheme.path("in").asString()).isEqualTo("header");
        assertThat(scheme.path("name").asString()).isEqualTo("X-API-TOKEN");
        assertThat(spec.path("security").get(0).has("X-API-TOKEN")).isTrue();
    }

    @Test
    void apiDocs_describeTheApiAndItsModes() {
        var info = spec.path("info");
        assertThat(info.path("title").asString()).isEqualTo("Tavus platform API");
        assertThat(info.path("description").asString())
                .contains("sandbox", "live", "X-Tavus-Mode", "trailing slash", "{\"error\": \"<description>\"}");
    }

    @Test
    void apiDocs_listEachRouteOnce_inTheTrailingSlashForm() {
        // Other resources' routes are checked by their own tests; the sorted order holds across all of them.
        assertThat(spec.path("paths").propertyNames()).filteredOn(p -> p.startsWith(CONVERSATIONS)).containsExactly(
                "/tavus-api-calls/conversations/",
                "/tavus-api-calls/conversations/list/",
                "/tavus-api-calls/conversations/{conversation_id}/",
                "/tavus-api-calls/conversations/{conversation_id}/delete/",
                "/tavus-api-calls/conversations/{conversation_id}/end/");
        // Every resource adds its own operations: here, ids are unique, plain (no "_1" suffixes) and the
        // conversation ones are all present.
        var operationIds = operations().map(op -> op.path("operationId").asString()).toList();
        assertThat(operationIds).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+$")).contains(
                "createConversation", "listConversations", "getConversation", "endConversation", "deleteConversation");
    }

    @Test
    void apiDocs_createRequestSchema_hasTheTavusFields_butNoExtraFieldsMap() {
        var schemas = spec.path("components").path("schemas");
        var create = schemas.path("CreateConversationRequest").path("properties");
        assertThat(create.propertyNames()).contains("replica_id", "persona_id", "callback_url", "conversation_name",
                "conversational_context", "custom_greeting", "document_ids", "document_retrieval_strategy",
                "document_tags", "memory_stores", "test_mode", "require_auth", "max_participants", "audio_only",
                "properties");
        assertThat(create.path("replica_id").path("example").asString()).isEqualTo("r79e1c033f");
        assertThat(create.path("persona_id").path("example").asString()).isEqualTo("p5317866");
        assertThat(create.path("conversation_name").path("example").asString()).isEqualTo("A Meeting with Hassaan");

        var properties = schemas.path("ConversationProperties").path("properties");
        assertThat(properties.propertyNames()).contains("max_call_duration", "enable_recording", "language",
                "aws_assume_role_arn");
        assertThat(properties.path("max_call_duration").path("minimum").asInt()).isEqualTo(1);

        for (var name : new String[] {"CreateConversationRequest", "ConversationProperties", "Conversation"}) {
            assertThat(schemas.path(name).path("properties").propertyNames())
                    .as(name).doesNotContain("extraFields", "extra_fields");
            assertThat(schemas.path(name).has("additionalProperties")).as(name).isFalse();
        }
        assertThat(create.path("document_retrieval_strategy").path("enum").valueStream().map(JsonNode::asString))
                .containsExactly("speed", "quality", "balanced");
        assertThat(schemas.path("ConversationList").path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("data", "total_count");
    }

    @Test
    void apiDocs_operationsAreTagged_andDocumentTheirErrors() {
        assertThat(spec.path("components").path("schemas").path("ErrorResponse").path("properties").has("error"))
                .isTrue();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            var operation = method.getValue();
            var where = method.getKey() + " " + path.getKey();
            assertThat(operation.path("tags").get(0).asString()).as(where).isEqualTo(tagOf(path.getKey()));
            assertThat(operation.path("summary").asString()).as(where).isNotBlank();
            var responses = operation.path("responses");
            assertThat(responses.propertyNames()).as(where).contains("400", "401", "429", "502", "503", "504");
            assertThat(responses.propertyNames()).as(where)
                    .containsAnyOf("200", "201", "202", "204");
            assertThat(responses.path("401").path("content").path("application/json").path("schema").path("$ref")
                    .asString()).isEqualTo("#/components/schemas/ErrorResponse");
            assertThat(responses.path("503").path("headers").has("Retry-After")).as(where).isTrue();
            assertThat(responses.has("404")).as(where).isEqualTo(path.getKey().contains("{"));
            assertThat(responses.has("413")).as(where).isEqualTo(operation.has("requestBody"));
        }));
        var delete = spec.path("paths").path("/tavus-api-calls/conversations/{conversation_id}/delete/").path("delete");
        assertThat(delete.path("responses").has("204")).isTrue();
        assertThat(delete.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("conversation_id", "hard");
    }

    @Test
    void swaggerUi_isReachableWithoutToken() {
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    /**
     * Each resource's operations carry its tag: /tavus-api-calls/replicas/... is tagged Replicas, and
     * the seed 000 routes under /api/v1/tavus/ are tagged Onboarding, token management Tokens.
     */
    private static String tagOf(String path) {
        if (path.startsWith("/api/v1/tavus/")) {
            return "Onboarding";
        }
        if (path.startsWith("/api/v1/tokens")) {
            return "Tokens";
        }
        if (path.startsWith("/api/v1/webhooks")) {
            return "Webhooks";
        }
        var resource = path.split("/")[2];
        return Character.toUpperCase(resource.charAt(0)) + resource.substring(1);
    }

    private java.util.stream.Stream<JsonNode> operations() {
        return spec.path("paths").valueStream().flatMap(JsonNode::valueStream);
    }
}
