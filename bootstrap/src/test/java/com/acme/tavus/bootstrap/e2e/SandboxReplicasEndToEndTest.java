package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Replicas over real HTTP in sandbox mode, the way docs/api.md's curl examples drive them: create,
 * get, list, rename, delete, then the replica is gone, also for new conversations. Training is not
 * waited for here (the sandbox needs 30 s of clock time; its own tests move a clock instead).
 */
@SandboxApplicationTest
class SandboxReplicasEndToEndTest {

    private static final String TOKEN = "FOOBAR1";

    @Autowired
    WebTestClient http;

    @Test
    void replicaLifecycle_createGetListRenameDelete() {
        var created = http.post().uri("/tavus-api-calls/replicas/")
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"train_video_url": "https://my-bucket.s3.amazonaws.com/training.mp4",
                         "replica_name": "Rio", "model_name": "phoenix-4",
                         "properties": {"gaze_correction": true}}""")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Tavus-Mode", "sandbox")
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("replica_id");
        assertThat(id).matches("r[0-9a-f]{10}");
        assertThat(created).containsEntry("status", "started").containsEntry("replica_name", "Rio");

        http.get().uri("/tavus-api-calls/replicas/{id}/?verbose=true", id)
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("started")
                .jsonPath("$.replica_type").isEqualTo("user")
                .jsonPath("$.training_progress").value(progress -> assertThat((String) progress).endsWith("/100"));

        http.get().uri("/tavus-api-calls/replicas/list/?replica_type=user&replica_ids={id}", id)
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total_count").isEqualTo(1)
                .jsonPath("$.data[0].replica_id").isEqualTo(id);

        http.patch().uri("/tavus-api-calls/replicas/{id}/rename/", id)
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_name\": \"Rio de Janeiro\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"replica_id\": \"%s\", \"replica_name\": \"Rio de Janeiro\"}".formatted(id));

        http.get().uri("/tavus-api-calls/replicas/{id}", id)
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.replica_name").isEqualTo("Rio de Janeiro");

        http.delete().uri("/tavus-api-calls/replicas/{id}/delete/?hard=true", id)
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isNoContent();

        http.get().uri("/tavus-api-calls/replicas/{id}/", id)
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().json("{\"error\": \"replica %s was not found\"}".formatted(id));

        http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"%s\"}".formatted(id))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().json("{\"error\": \"Invalid replica_id\"}");
    }

    @Test
    void stockReplica_isListedAsSystemWhenVerbose_andCannotBeDeleted() {
        http.get().uri("/tavus-api-calls/replicas/list?replica_type=system&verbose=true")
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data[?(@.replica_id == 're8e740a42')].replica_type").isEqualTo("system")
                .jsonPath("$.data[?(@.replica_id == 're8e740a42')].status").isEqualTo("completed")
                .jsonPath("$.data[?(@.replica_type != 'system')]").isEmpty();

        http.delete().uri("/tavus-api-calls/replicas/re8e740a42/delete/")
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").value(message -> assertThat((String) message)
                        .startsWith("Invalid replica_id"));
    }

    @Test
    void create_withoutTrainVideoUrl_is400NamingIt() {
        http.post().uri("/tavus-api-calls/replicas")
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_name\": \"Rio\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().json("{\"error\": \"train_video_url: must not be blank\"}");
    }
}
