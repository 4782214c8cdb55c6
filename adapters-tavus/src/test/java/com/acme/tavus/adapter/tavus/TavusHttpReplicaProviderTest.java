package com.acme.tavus.adapter.tavus;

import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.API_KEY;
import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaProperties;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.replica.ReplicaStatus;
import com.acme.tavus.domain.replica.ReplicaType;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** {@link TavusHttpReplicaProvider} on the wire: what it sends to {@code /v2/replicas} and how it reads the answers. */
class TavusHttpReplicaProviderTest {

    private static final String VIDEO = "https://cdn.example.com/train.mp4";
    private static final String REPLICA_JSON = """
            {"replica_id": "r783537ef5", "replica_name": "My Replica", "thumbnail_video_url": "https://cdn.example.com/thumb.mp4",
             "training_progress": "100/100", "status": "completed", "created_at": "2024-01-24T07:14:03.327Z",
             "updated_at": "2024-01-24T08:14:03.327Z", "error_message": null}
            """;

    private static FakeTavusServer tavus;
    private TavusHttpReplicaProvider provider;

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
        provider = new TavusHttpReplicaProvider(TavusWireTestSupport.calls(tavus.baseUrl()));
    }

    @Test
    void create_sendsEveryFieldInSnakeCaseAndReadsTheStartedReplica() {
        tavus.on("POST", "/v2/replicas", FakeResponse.ok("{\"replica_id\": \"r783537ef5\", \"status\": \"started\"}"));
        var request = new ReplicaRequest(VIDEO, "https://cdn.example.com/consent.mp4", "https://hooks.example/replica",
                ReplicaName.of("Rio"), "phoenix-3", new ReplicaProperties(true, false, Map.of()), Map.of());

        StepVerifier.create(provider.create(request))
                .assertNext(replica -> {
                    assertThat(replica.id()).isEqualTo(ReplicaId.of("r783537ef5"));
                    assertThat(replica.status()).isEqualTo(ReplicaStatus.STARTED);
                    assertThat(replica.name()).isNull();
                })
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.line()).isEqualTo("POST /v2/replicas");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(json(sent.body())).isEqualTo(Map.of(
                "train_video_url", VIDEO,
                "consent_video_url", "https://cdn.example.com/consent.mp4",
                "callback_url", "https://hooks.example/replica",
                "replica_name", "Rio",
                "model_name", "phoenix-3",
                "properties", Map.of("gaze_correction", true, "background_green_screen", false)));
    }

    @Test
    void create_omitsNullsAndPassesUnknownFieldsThroughAtTopLevelAndInProperties() {
        tavus.on("POST", "/v2/replicas", FakeResponse.ok("{\"replica_id\": \"r1\"}"));
        var properties = new ReplicaProperties(null, null, Map.of("lip_sync_boost", true));
        var extra = Map.<String, Object>of("train_audio_url", "https://cdn.example.com/a.wav",
                "train_video_url", "https://sneaky.example/override.mp4");

        StepVerifier.create(provider.create(new ReplicaRequest(VIDEO, null, null, null, null, properties, extra)))
                .assertNext(replica -> assertThat(replica.status())
                        .as("Tavus left status out; a new replica is started").isEqualTo(ReplicaStatus.STARTED))
                .verifyComplete();

        assertThat(json(tavus.lastRequest().body())).isEqualTo(Map.of(
                "train_video_url", VIDEO,
                "train_audio_url", "https://cdn.example.com/a.wav",
                "properties", Map.of("lip_sync_boost", true)));
    }

    @Test
    void create_minimal_sendsOnlyTheTrainingVideo() {
        tavus.on("POST", "/v2/replicas", FakeResponse.ok("{\"replica_id\": \"r1\", \"status\": \"started\"}"));

        StepVerifier.create(provider.create(ReplicaRequest.trainingOn(VIDEO))).expectNextCount(1).verifyComplete();

        assertThat(json(tavus.lastRequest().body())).isEqualTo(Map.of("train_video_url", VIDEO));
    }

    @Test
    void get_mapsEveryFieldAndKeepsUnknownOnes() {
        tavus.on("GET", "/v2/replicas/r783537ef5", FakeResponse.ok(REPLICA_JSON.replace("\"error_message\": null",
                "\"error_message\": null, \"model_name\": \"phoenix-3\"")));

        StepVerifier.create(provider.get(ReplicaId.of("r783537ef5"), false))
                .assertNext(r -> {
                    assertThat(r.name()).isEqualTo("My Replica");
                    assertThat(r.thumbnailVideoUrl()).isEqualTo("https://cdn.example.com/thumb.mp4");
                    assertThat(r.trainingProgress()).isEqualTo("100/100");
                    assertThat(r.status()).isEqualTo(ReplicaStatus.COMPLETED);
                    assertThat(r.createdAt()).isEqualTo("2024-01-24T07:14:03.327Z");
                    assertThat(r.updatedAt()).isEqualTo("2024-01-24T08:14:03.327Z");
                    assertThat(r.errorMessage()).isNull();
                    assertThat(r.type()).isNull();
                    assertThat(r.extraFields()).isEqualTo(Map.of("model_name", "phoenix-3"));
                })
                .verifyComplete();

        assertThat(tavus.lastRequest().line()).isEqualTo("GET /v2/replicas/r783537ef5");
        assertThat(tavus.lastRequest().header("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void get_verbose_asksForItAndReadsTheTypeAndAnUnknownStatus() {
        tavus.on("GET", "/v2/replicas/re8e740a42", FakeResponse.ok(
                "{\"replica_id\": \"re8e740a42\", \"status\": \"Ready\", \"replica_type\": \"system\"}"));

        StepVerifier.create(provider.get(ReplicaId.of("re8e740a42"), true))
                .assertNext(r -> {
                    assertThat(r.type()).isEqualTo(ReplicaType.SYSTEM);
                    assertThat(r.status().value()).isEqualTo("ready");
                })
                .verifyComplete();

        assertThat(tavus.lastRequest().line()).isEqualTo("GET /v2/replicas/re8e740a42?verbose=true");
    }

    @Test
    void list_sendsEveryFilterAndMapsTheEnvelope() {
        tavus.on("GET", "/v2/replicas", FakeResponse.ok("""
                {"data": [%s, {"replica_id": "re1074c227", "status": "started", "training_progress": "5/100"}],
                 "total_count": 42}
                """.formatted(REPLICA_JSON)));
        var filter = new ReplicaFilter(new PageRequest(2, 3), true, ReplicaType.USER,
                List.of(ReplicaId.of("re1074c227"), ReplicaId.of("r243eed46c")));

        StepVerifier.create(provider.list(filter))
                .assertNext(page -> {
                    assertThat(page.totalCount()).isEqualTo(42);
                    assertThat(page.data()).extracting(r -> r.id().value()).containsExactly("r783537ef5", "re1074c227");
                })
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.path()).isEqualTo("/v2/replicas");
        assertThat(sent.queryParams()).isEqualTo(Map.of("limit", List.of("2"), "page", List.of("3"),
                "verbose", List.of("true"), "replica_type", List.of("user"),
                "replica_ids", List.of("re1074c227,r243eed46c")));
    }

    @Test
    void list_withDefaults_sendsNoQuery() {
        tavus.on("GET", "/v2/replicas", FakeResponse.ok("{\"data\": []}"));

        StepVerifier.create(provider.list(ReplicaFilter.all()))
                .assertNext(page -> assertThat(page.totalCount()).isZero())
                .verifyComplete();

        assertThat(tavus.lastRequest().query()).isNull();
    }

    @Test
    void rename_patchesTheNamePathWithTheNewName_andIgnoresAnyAnswerBody() {
        tavus.on("PATCH", "/v2/replicas/r1/name", FakeResponse.ok(REPLICA_JSON));

        StepVerifier.create(provider.rename(ReplicaId.of("r1"), ReplicaName.of("Rio"))).verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.line()).isEqualTo("PATCH /v2/replicas/r1/name");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(json(sent.body())).isEqualTo(Map.of("replica_name", "Rio"));
    }

    @Test
    void delete_soft_omitsHard_andHard_sendsIt() {
        tavus.on("DELETE", "/v2/replicas/r1", FakeResponse.status(200));

        StepVerifier.create(provider.delete(ReplicaId.of("r1"), false)).verifyComplete();
        assertThat(tavus.lastRequest().line()).isEqualTo("DELETE /v2/replicas/r1");

        StepVerifier.create(provider.delete(ReplicaId.of("r1"), true)).verifyComplete();
        assertThat(tavus.lastRequest().line()).isEqualTo("DELETE /v2/replicas/r1?hard=true");
        assertThat(tavus.lastRequest().header("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void invalidReplicaId_on400_isNotFound_forGetRenameAndDelete() {
        tavus.on("GET", "/v2/replicas/rnope", FakeResponse.tavusError(400, "error", "Invalid replica_id"));
        tavus.on("PATCH", "/v2/replicas/rnope/name", FakeResponse.tavusError(400, "error", "Invalid replica_id"));
        tavus.on("DELETE", "/v2/replicas/rnope", FakeResponse.tavusError(400, "error", "Invalid replica_id"));
        var id = ReplicaId.of("rnope");

        StepVerifier.create(provider.get(id, false)).verifyErrorSatisfies(e -> assertThat(e)
                .isInstanceOfSatisfying(NotFoundException.class, nf -> {
                    assertThat(nf.resource()).isEqualTo("replica");
                    assertThat(nf.id()).isEqualTo("rnope");
                }));
        StepVerifier.create(provider.rename(id, ReplicaName.of("Rio"))).verifyError(NotFoundException.class);
        StepVerifier.create(provider.delete(id, true)).verifyError(NotFoundException.class);
    }

    @Test
    void create_invalidTrainVideoUrl_isRejectedNamingTheField() {
        tavus.on("POST", "/v2/replicas", FakeResponse.tavusError(400, "error", "Invalid train_video_url"));

        StepVerifier.create(provider.create(ReplicaRequest.trainingOn(VIDEO)))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(ProviderException.Rejected.class, r -> {
                    assertThat(r.getMessage()).isEqualTo("Invalid train_video_url");
                    assertThat(r.field()).contains("train_video_url");
                }));
    }

    @Test
    void unauthorizedAndServerErrors_becomeGatewayErrorsWithoutTavusDetails() {
        tavus.on("GET", "/v2/replicas", FakeResponse.tavusError(401, "message", "Invalid access token"));
        tavus.on("GET", "/v2/replicas/r1", FakeResponse.tavusError(503, "error", "upstream db at 10.0.0.5 down"));

        StepVerifier.create(provider.list(ReplicaFilter.all()))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.BadGateway.class)
                        .hasMessage(TavusErrors.BAD_KEY));
        StepVerifier.create(provider.get(ReplicaId.of("r1"), false))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.BadGateway.class)
                        .hasMessage("Tavus answered 503"));
    }

    @Test
    void answerWithoutReplicaId_isAnUnreadableAnswer() {
        tavus.on("GET", "/v2/replicas/r1", FakeResponse.ok("{\"status\": \"completed\"}"));

        StepVerifier.create(provider.get(ReplicaId.of("r1"), false))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.BadGateway.class)
                        .hasMessage(TavusErrors.UNREADABLE));
    }
}
