package com.acme.tavus.adapter.web.api.replica;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.ApiResponses.json;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.READ_ONLY_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.adapter.web.api.replica.ReplicaWebTestBeans.ScriptedReplicaProvider;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaStatus;
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
class ReplicaRoutesTest {

    private static final String VIDEO = "https://my-bucket.s3.amazonaws.com/training.mp4";

    @Autowired
    WebTestClient client;

    @Autowired
    ScriptedReplicaProvider provider;

    @BeforeEach
    void resetProvider() {
        provider.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/replicas/", "/tavus-api-calls/replicas"})
    void create_withAndWithoutTrailingSlash_is200WithTheStartedReplica(String path) {
        var body = post(path, "{\"train_video_url\": \"" + VIDEO + "\", \"replica_name\": \"Rio\"}")
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();

        var replica = json(body);
        assertThat(replica.path("replica_id").asString()).isEqualTo("r1");
        assertThat(replica.path("status").asString()).isEqualTo("started");
        assertThat(replica.path("replica_name").asString()).isEqualTo("Rio");
        assertThat(replica.path("training_progress").asString()).isEqualTo("0/100");
        assertThat(replica.has("error_message")).as("nulls are left out").isFalse();
        assertThat(replica.has("extra_fields")).isFalse();
    }

    @Test
    void create_everyTavusFieldAndUnknownOnes_reachTheUseCase() {
        post("/tavus-api-calls/replicas/", """
                {
                  "train_video_url": "%s",
                  "consent_video_url": "https://my-bucket.s3.amazonaws.com/consent.mp4",
                  "callback_url": "https://yourwebsite.com/webhook",
                  "replica_name": "Rio",
                  "model_name": "phoenix-4",
                  "train_audio_url": "https://my-bucket.s3.amazonaws.com/voice.wav",
                  "properties": {"gaze_correction": true, "background_green_screen": false, "lip_sync": "strict"}
                }""".formatted(VIDEO))
                .expectStatus().isOk();

        var request = provider.createRequests().getFirst();
        assertThat(request.trainVideoUrl()).isEqualTo(VIDEO);
        assertThat(request.consentVideoUrl()).isEqualTo("https://my-bucket.s3.amazonaws.com/consent.mp4");
        assertThat(request.callbackUrl()).isEqualTo("https://yourwebsite.com/webhook");
        assertThat(request.replicaName()).isEqualTo(ReplicaName.of("Rio"));
        assertThat(request.modelName()).isEqualTo("phoenix-4");
        assertThat(request.properties().gazeCorrection()).isTrue();
        assertThat(request.properties().backgroundGreenScreen()).isFalse();
        assertThat(request.properties().extraFields()).containsOnly(Map.entry("lip_sync", "strict"));
        assertThat(request.extraFields())
                .containsOnly(Map.entry("train_audio_url", "https://my-bucket.s3.amazonaws.com/voice.wav"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                            | train_video_url: must not be blank",
        "{\"train_video_url\": \"training.mp4\"}                       | train_video_url: must be an http or https URL",
        "{\"train_video_url\": \"" + VIDEO + "\", \"callback_url\": \"x\"} | callback_url: must be an http or https URL",
        "{\"train_video_url\": \"" + VIDEO + "\", \"replica_name\": \" \"} | replica_name: must not be blank",
        "{\"train_video_url\": \"" + VIDEO + "\", \"model_name\": \"\"}    | model_name: must not be blank",
        "{\"train_video_url\": \"" + VIDEO + "\", \"properties\": {\"gaze_correction\": \"yes\"}} | properties.gaze_correction: expected a boolean",
        "{\"train_video_url\": \"http://:80/v.mp4\"}                 | train_video_url: must be an absolute http or https URL",
    })
    void create_clientMistakes_are400NamingTheSnakeCaseField(String body, String message) {
        expectError(post("/tavus-api-calls/replicas/", body), 400, message);
        assertThat(provider.createRequests()).isEmpty();
    }

    @Test
    void create_replicaNameLongerThan255_is400() {
        expectError(post("/tavus-api-calls/replicas/",
                        "{\"train_video_url\": \"" + VIDEO + "\", \"replica_name\": \"" + "x".repeat(256) + "\"}"),
                400, "replica_name: size must be between 0 and 255");
    }

    @Test
    void create_withoutToken_is401_andWithAReadOnlyToken_is403() {
        expectError(client.post().uri("/tavus-api-calls/replicas/").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"train_video_url\": \"" + VIDEO + "\"}").exchange(), 401,
                "Missing or invalid X-API-TOKEN header");
        var readOnly = client.post().uri("/tavus-api-calls/replicas/").header("X-API-TOKEN", READ_ONLY_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"train_video_url\": \"" + VIDEO + "\"}")
                .exchange();
        assertThat(json(readOnly.expectStatus().isForbidden().expectBody(String.class).returnResult()
                .getResponseBody()).has("error")).isTrue();
    }

    @Test
    void create_rejectedByTavus_is400WithTavusText() {
        provider.failNextCall(new ProviderException.Rejected("Invalid train_video_url", "train_video_url"));

        expectError(post("/tavus-api-calls/replicas/", "{\"train_video_url\": \"" + VIDEO + "\"}"), 400,
                "Invalid train_video_url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/replicas/list/", "/tavus-api-calls/replicas/list"})
    void list_withAndWithoutTrailingSlash_returnsTheTavusEnvelope(String path) {
        var body = get(path).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        var page = json(body);
        assertThat(page.path("total_count").asLong()).isEqualTo(1);
        assertThat(page.path("data").get(0).path("replica_id").asString()).isEqualTo("re8e740a42");
        assertThat(page.path("data").get(0).has("replica_type")).as("verbose only").isFalse();
    }

    @Test
    void list_passesPagingTypeIdsAndVerboseToTheQuery() {
        get("/tavus-api-calls/replicas/list/?limit=5&page=2&verbose=true&replica_type=system"
                + "&replica_ids=re8e740a42,r79e1c033f")
                .expectStatus().isOk();

        assertThat(provider.calls())
                .containsExactly("list limit=5 page=2 verbose=true type=system ids=[re8e740a42, r79e1c033f]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "limit=0                 | limit: must be greater than or equal to 1",
        "limit=101               | limit: must be less than or equal to 100",
        "page=0                  | page: must be greater than or equal to 1",
        "replica_type=personal   | replica_type: must be user or system",
        "verbose=maybe           | verbose: expected a boolean",
        "replica_ids=r1,,r2      | replica_ids: must be replica ids separated by commas, without empty entries",
        "replica_ids=r1,../v2    | replica_ids: must be 1-64 letters, digits, '-' or '_' and start with a letter or digit",
    })
    void list_invalidQuery_is400NamingTheParameter(String query, String message) {
        expectError(get("/tavus-api-calls/replicas/list/?" + query), 400, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ""})
    void get_withAndWithoutTrailingSlash_returnsTheReplica_verboseAddsTheType(String slash) {
        get("/tavus-api-calls/replicas/re8e740a42" + slash).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.replica_id").isEqualTo("re8e740a42")
                .jsonPath("$.status").isEqualTo("completed")
                .jsonPath("$.training_progress").isEqualTo("100/100")
                .jsonPath("$.replica_type").doesNotExist();

        get("/tavus-api-calls/replicas/re8e740a42" + slash + "?verbose=true").expectStatus().isOk()
                .expectBody().jsonPath("$.replica_type").isEqualTo("system");
    }

    @Test
    void get_passesTavusExtraFieldsThrough_withoutRepeatingModelledOnes() {
        provider.answerNextGetWith(new Replica(ReplicaId.of("r79e1c033f"), "Hassaan", null, "100/100",
                ReplicaStatus.COMPLETED, "2024-01-24T07:14:03.327Z", null, null, null,
                Map.of("model_name", "phoenix-3", "status", "shadowed")));

        var body = get("/tavus-api-calls/replicas/r79e1c033f/").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(json(body).path("model_name").asString()).isEqualTo("phoenix-3");
        assertThat(json(body).path("status").asString()).isEqualTo("completed");
        assertThat(body).containsOnlyOnce("\"status\"");
    }

    @Test
    void unknownReplica_is404_onEveryRouteWithAnId() {
        expectError(get("/tavus-api-calls/replicas/rnope/"), 404, "replica rnope was not found");
        expectError(rename("rnope", "{\"replica_name\": \"Rio\"}"), 404, "replica rnope was not found");
        expectError(client.delete().uri("/tavus-api-calls/replicas/rnope/delete/").header("X-API-TOKEN", TOKEN)
                .exchange(), 404, "replica rnope was not found");
    }

    @Test
    void malformedReplicaId_is400() {
        expectError(get("/tavus-api-calls/replicas/_r1/"), 400,
                "replica_id: must be 1-64 letters, digits, '-' or '_' and start with a letter or digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ""})
    void rename_withAndWithoutTrailingSlash_is200WithIdAndNewName(String slash) {
        var id = createReplica();

        client.patch().uri("/tavus-api-calls/replicas/" + id + "/rename" + slash)
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_name\": \"Rio de Janeiro\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"replica_id\": \"" + id + "\", \"replica_name\": \"Rio de Janeiro\"}", true);

        assertThat(provider.calls()).contains("rename " + id + " to Rio de Janeiro");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                         | replica_name: must not be blank",
        "{\"replica_name\": \"  \"} | replica_name: must not be blank",
        "{\"replica_name\": [\"Rio\"]} | replica_name: expected a string",
    })
    void rename_invalidName_is400NamingTheField(String body, String message) {
        expectError(rename("r79e1c033f", body), 400, message);
    }

    @Test
    void rename_nameLongerThan255_is400() {
        expectError(rename("r79e1c033f", "{\"replica_name\": \"" + "x".repeat(256) + "\"}"), 400,
                "replica_name: size must be between 0 and 255");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ""})
    void delete_withAndWithoutTrailingSlash_is204_andPassesHard(String slash) {
        var id = createReplica();

        client.delete().uri("/tavus-api-calls/replicas/" + id + "/delete" + slash + "?hard=true")
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isNoContent()
                .expectBody().isEmpty();

        assertThat(provider.calls()).contains("delete " + id + " hard=true");
    }

    @Test
    void delete_withoutHard_isSoft() {
        var id = createReplica();

        client.delete().uri("/tavus-api-calls/replicas/" + id + "/delete/").header("X-API-TOKEN", TOKEN)
                .exchange().expectStatus().isNoContent();

        assertThat(provider.calls()).contains("delete " + id + " hard=false");
    }

    private String createReplica() {
        var body = post("/tavus-api-calls/replicas/", "{\"train_video_url\": \"" + VIDEO + "\"}")
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json(body).path("replica_id").asString();
    }

    private WebTestClient.ResponseSpec post(String path, String json) {
        return client.post().uri(path)
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    private WebTestClient.ResponseSpec rename(String id, String json) {
        return client.patch().uri("/tavus-api-calls/replicas/" + id + "/rename/")
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).header("X-API-TOKEN", TOKEN).exchange();
    }
}
