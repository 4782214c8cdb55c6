package com.acme.tavus.adapter.web.json;

import com.acme.tavus.adapter.web.WebLayerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A number or boolean sent for a text field is the client's mistake, named like any wrong type. */
@WebLayerTest
class StrictJsonInputTest {

    @Autowired
    WebTestClient client;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/tavus-api-calls/documents/     | {\"document_url\": \"https://x.example/\", \"document_name\": 5} | document_name: expected a string",
            "/tavus-api-calls/documents/     | {\"document_url\": \"https://x.example/\", \"tags\": [1]}         | tags[0]: expected a string",
            "/tavus-api-calls/conversations/ | {\"replica_id\": 123}                                           | replica_id: expected a string",
            "/tavus-api-calls/replicas/      | {\"train_video_url\": \"https://v.example/t.mp4\", \"model_name\": true} | model_name: expected a string"})
    void scalarForATextField_is400NamingTheField(String path, String body, String message) {
        client.post().uri(path.strip())
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.strip())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo(message.strip());
    }
}
