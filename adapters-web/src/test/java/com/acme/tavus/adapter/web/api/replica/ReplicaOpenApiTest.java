package com.acme.tavus.adapter.web.api.replica;

import static com.acme.tavus.adapter.web.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The replica part of the OpenAPI description: routes, tag, schemas with examples, documented answers. */
@WebLayerTest
class ReplicaOpenApiTest {

    private static final String BASE = "/tavus-api-calls/replicas/";

    @Autowired
    WebTestClient client;

    private JsonNode spec;

    @BeforeEach
    void fetchSpec() {
        spec = json(client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    @Test
    void apiDocs_listEveryReplicaRouteOnce_inTheTrailingSlashForm_underTheReplicasTag() {
        assertThat(spec.path("paths").propertyNames()).filteredOn(p -> p.startsWith(BASE)).containsExactlyInAnyOrder(
                BASE, BASE + "list/", BASE + "{replica_id}/", BASE + "{replica_id}/rename/",
                BASE + "{replica_id}/delete/");
        assertThat(spec.path("tags").valueStream().map(t -> t.path("name").asString())).contains("Replicas");
        var paths = spec.path("paths");
        assertThat(paths.path(BASE).path("post").path("operationId").asString()).isEqualTo("createReplica");
        assertThat(paths.path(BASE + "list/").path("get").path("operationId").asString()).isEqualTo("listReplicas");
        assertThat(paths.path(BASE + "{replica_id}/").path("get").path("operationId").asString())
                .isEqualTo("getReplica");
        assertThat(paths.path(BASE + "{replica_id}/rename/").path("patch").path("operationId").asString())
                .isEqualTo("renameReplica");
        assertThat(paths.path(BASE + "{replica_id}/delete/").path("delete").path("operationId").asString())
                .isEqualTo("deleteReplica");
        paths.properties().stream().filter(p -> p.getKey().startsWith(BASE)).forEach(path ->
                path.getValue().properties().forEach(method -> {
                    var where = method.getKey() + " " + path.getKey();
                    var operation = method.getValue();
                    assertThat(operation.path("tags").get(0).asString()).as(where).isEqualTo("Replicas");
                    assertThat(operation.path("summary").asString()).as(where).isNotBlank();
                    assertThat(operation.path("responses").propertyNames()).as(where)
                            .contains("400", "401", "403", "429", "502", "503", "504");
                    assertThat(operation.path("responses").has("404")).as(where)
                            .isEqualTo(path.getKey().contains("{replica_id}"));
                    if (path.getKey().contains("{replica_id}")) {
                        assertThat(operation.path("responses").path("404").path("description").asString())
                                .as(where).contains("replica");
                    }
                }));
    }

    @Test
    void apiDocs_replicaSchemas_carryTavusNamesAndExamples_butNoExtraFieldsMap() {
        var schemas = spec.path("components").path("schemas");
        var create = schemas.path("CreateReplicaRequest");
        assertThat(create.path("properties").propertyNames()).containsExactlyInAnyOrder("train_video_url",
                "consent_video_url", "callback_url", "replica_name", "model_name", "properties");
        assertThat(create.path("required").valueStream().map(JsonNode::asString)).containsExactly("train_video_url");
        assertThat(create.path("properties").path("model_name").path("example").asString()).isEqualTo("phoenix-4");
        assertThat(create.path("properties").path("model_name").path("description").asString())
                .contains("phoenix-3", "phoenix-4");
        assertThat(schemas.path("ReplicaProperties").path("properties").propertyNames())
                .containsExactlyInAnyOrder("gaze_correction", "background_green_screen");
        assertThat(schemas.path("Replica").path("properties").propertyNames()).containsExactlyInAnyOrder(
                "replica_id", "replica_name", "thumbnail_video_url", "training_progress", "status", "created_at",
                "updated_at", "error_message", "replica_type");
        assertThat(schemas.path("Replica").path("properties").path("training_progress").path("example").asString())
                .isEqualTo("100/100");
        assertThat(schemas.path("RenameReplicaRequest").path("required").valueStream().map(JsonNode::asString))
                .containsExactly("replica_name");
        assertThat(schemas.path("ReplicaList").path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("data", "total_count");
        for (var name : new String[] {"CreateReplicaRequest", "ReplicaProperties", "Replica"}) {
            assertThat(schemas.path(name).path("properties").propertyNames())
                    .as(name).doesNotContain("extraFields", "extra_fields");
        }
    }

    @Test
    void apiDocs_listParameters_andDelete204AreDocumented() {
        var list = spec.path("paths").path(BASE + "list/").path("get");
        assertThat(list.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("limit", "page", "verbose", "replica_type", "replica_ids");
        var delete = spec.path("paths").path(BASE + "{replica_id}/delete/").path("delete");
        assertThat(delete.path("responses").has("204")).isTrue();
        assertThat(delete.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("replica_id", "hard");
    }
}
