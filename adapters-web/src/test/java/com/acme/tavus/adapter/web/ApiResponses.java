package com.acme.tavus.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions shared by the web tests: the error format, and JSON parsing for answers. */
public final class ApiResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiResponses() {}

    /** Exactly {@code {"error": message}} with {@code status}, and nothing that looks like a stack trace. */
    public static String expectError(WebTestClient.ResponseSpec response, int status, String message) {
        var body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        assertNoInternals(body);
        assertThat(json(body)).isEqualTo(JSON.createObjectNode().put("error", message));
        return body;
    }

    public static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("trace");
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
