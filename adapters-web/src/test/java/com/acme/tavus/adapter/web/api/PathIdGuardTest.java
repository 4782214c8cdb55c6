package com.acme.tavus.adapter.web.api;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Path ids that could change an upstream URL never get past the edge, on any route. */
@WebLayerTest
class PathIdGuardTest {

    private static final String SAFE_ID_RULE = "must be 1-64 letters, digits, '-' or '_' and start with a letter or digit";

    @Autowired
    WebTestClient client;

    @Autowired
    ScriptedConversationProvider provider;

    @BeforeEach
    void reset() {
        provider.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1%3Fhard=true", "c1%23frag", "-c1", "c1%20x", "c%25", "%7Bx%7D"})
    void anUnsafeId_is400NamingTheParameter_andTavusIsNotCalled(String rawId) {
        var uri = URI.create("http://localhost/tavus-api-calls/conversations/" + rawId + "/delete/");

        var answer = client.method(HttpMethod.DELETE).uri(uri).header("X-API-TOKEN", TOKEN).exchange();

        assertThat(answer.expectBody(String.class).returnResult().getStatus().value()).isEqualTo(400);
        assertThat(provider.calls()).isEmpty();
    }

    @Test
    void theMessageNamesTheParameter_onEveryResource() {
        var longId = "a".repeat(65);
        expectError(get("/tavus-api-calls/conversations/" + longId + "/"), 400, "conversation_id: " + SAFE_ID_RULE);
        expectError(get("/tavus-api-calls/replicas/" + longId + "/"), 400, "replica_id: " + SAFE_ID_RULE);
        expectError(get("/tavus-api-calls/personas/" + longId + "/"), 400, "persona_id: " + SAFE_ID_RULE);
        expectError(get("/tavus-api-calls/documents/" + longId + "/"), 400, "document_id: " + SAFE_ID_RULE);
        expectError(get("/api/v1/tavus/conversation-status/" + longId), 400, "conversation_id: " + SAFE_ID_RULE);
    }

    @Test
    void theBodyIsNotReadWhenThePathIdIsBad() {
        expectError(client.patch().uri("/tavus-api-calls/documents/{id}/update/", "-bad")
                        .header("X-API-TOKEN", TOKEN).contentType(MediaType.APPLICATION_JSON).bodyValue("not json")
                        .exchange(),
                400, "document_id: " + SAFE_ID_RULE);
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).header("X-API-TOKEN", TOKEN).exchange();
    }
}
