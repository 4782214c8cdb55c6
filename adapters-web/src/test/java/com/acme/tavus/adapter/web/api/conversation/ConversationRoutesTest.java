package com.acme.tavus.adapter.web.api.conversation;

import static com.acme.tavus.adapter.web.ApiResponses.json;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@WebLayerTest
class ConversationRoutesTest {

    /** The body of the seed's "Creating a Conversation" curl example, verbatim. */
    static final String SEED_CREATE_BODY = """
            {
                "replica_id": "r79e1c033f",
                "persona_id": "p5317866",
                "conversation_name": "A Meeting with Hassaan",
                "conversational_context": "You are about to talk to Hassaan, one of the cofounders of Tavus.",
                "custom_greeting": "Hey there Hassaan, long time no see!",
                "properties": {
                  "max_call_duration": 3600,
                  "enable_recording": true,
                  "enable_closed_captions": true
                }
              }""";

    @Autowired
    WebTestClient client;

    @Autowired
    ScriptedConversationProvider provider;

    @Autowired
    InMemoryConversationRecords records;

    @BeforeEach
    void resetProvider() {
        provider.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/conversations/", "/tavus-api-calls/conversations"})
    void create_seedCurlExample_is200WithTheConversation(String path) {
        var body = post(path, SEED_CREATE_BODY).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();

        var conversation = json(body);
        assertThat(conversation.path("conversation_id").asString()).startsWith("c");
        assertThat(conversation.path("conversation_name").asString()).isEqualTo("A Meeting with Hassaan");
        assertThat(conversation.path("status").asString()).isEqualTo("active");
        assertThat(conversation.path("conversation_url").asString())
                .isEqualTo("https://tavus.daily.co/" + conversation.path("conversation_id").asString());
        assertThat(conversation.path("replica_id").asString()).isEqualTo("r79e1c033f");
        assertThat(conversation.path("persona_id").asString()).isEqualTo("p5317866");
        assertThat(conversation.path("created_at").asString()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(conversation.has("updated_at")).as("nulls are left out").isFalse();
        assertThat(conversation.has("meeting_token")).isFalse();
        assertThat(conversation.has("extra_fields")).isFalse();

        var request = provider.createRequests().getFirst();
        assertThat(request.replicaId()).isEqualTo(ReplicaId.of("r79e1c033f"));
        assertThat(request.personaId()).isEqualTo(PersonaId.of("p5317866"));
        assertThat(request.conversationalContext()).startsWith("You are about to talk to Hassaan");
        assertThat(request.customGreeting()).isEqualTo("Hey there Hassaan, long time no see!");
        assertThat(request.properties().maxCallDuration()).isEqualTo(3600);
        assertThat(request.properties().enableRecording()).isTrue();
        assertThat(request.properties().enableClosedCaptions()).isTrue();
        assertThat(request.extraFields()).isEmpty();
    }

    @Test
    void create_everyTavusField_reachesTheUseCase() {
        post("/tavus-api-calls/conversations/", """
                {
                  "replica_id": "r79e1c033f",
                  "persona_id": "p5317866",
                  "callback_url": "https://yourwebsite.com/webhook",
                  "conversation_name": "A Meeting with Hassaan",
                  "conversational_context": "You are about to talk to Hassaan...",
                  "custom_greeting": "Hey there Hassaan, long time no see!",
                  "document_ids": ["d1234567890"],
                  "document_retrieval_strategy": "quality",
                  "document_tags": ["onboarding"],
                  "memory_stores": ["anna"],
                  "test_mode": true,
                  "require_auth": false,
                  "max_participants": 3,
                  "audio_only": false,
                  "properties": {
                    "max_call_duration": 1800,
                    "participant_left_timeout": 60,
                    "participant_absent_timeout": 300,
                    "enable_recording": true,
                    "enable_closed_captions": false,
                    "apply_greenscreen": true,
                    "language": "english",
                    "recording_s3_bucket_name": "conversation-recordings",
                    "recording_s3_bucket_region": "us-east-1",
                    "aws_assume_role_arn": "arn:aws:iam::123456789012:role/tavus"
                  }
                }""")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ended")
                .jsonPath("$.callback_url").isEqualTo("https://yourwebsite.com/webhook");

        var request = provider.createRequests().getFirst();
        assertThat(request.callbackUrl()).isEqualTo("https://yourwebsite.com/webhook");
        assertThat(request.conversationName()).isEqualTo("A Meeting with Hassaan");
        assertThat(request.documentIds()).containsExactly("d1234567890");
        assertThat(request.documentRetrievalStrategy()).isEqualTo("quality");
        assertThat(request.documentTags()).containsExactly("onboarding");
        assertThat(request.memoryStores()).containsExactly("anna");
        assertThat(request.testMode()).isTrue();
        assertThat(request.requireAuth()).isFalse();
        assertThat(request.maxParticipants()).isEqualTo(3);
        assertThat(request.audioOnly()).isFalse();
        var properties = request.properties();
        assertThat(properties.maxCallDuration()).isEqualTo(1800);
        assertThat(properties.participantLeftTimeout()).isEqualTo(60);
        assertThat(properties.participantAbsentTimeout()).isEqualTo(300);
        assertThat(properties.enableRecording()).isTrue();
        assertThat(properties.enableClosedCaptions()).isFalse();
        assertThat(properties.applyGreenscreen()).isTrue();
        assertThat(properties.language()).isEqualTo("english");
        assertThat(properties.recordingS3BucketName()).isEqualTo("conversation-recordings");
        assertThat(properties.recordingS3BucketRegion()).isEqualTo("us-east-1");
        assertThat(properties.awsAssumeRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/tavus");
    }

    @Test
    void create_unknownFields_passThroughToTheDomain() {
        post("/tavus-api-calls/conversations/", """
                {
                  "replica_id": "r79e1c033f",
                  "guardrail_ids": ["g123"],
                  "new_tavus_flag": true,
                  "nested": {"a": 1, "b": [1, "two", null]},
                  "properties": {"max_call_duration": 600, "enable_transcription": true, "participant_egress_policy": "x"}
                }""")
                .expectStatus().isOk();

        var request = provider.createRequests().getFirst();
        assertThat(request.extraFields()).containsOnlyKeys("guardrail_ids", "new_tavus_flag", "nested");
        assertThat(request.extraFields().get("guardrail_ids")).isEqualTo(List.of("g123"));
        assertThat(request.extraFields().get("new_tavus_flag")).isEqualTo(true);
        assertThat(request.extraFields().get("nested")).isInstanceOfSatisfying(Map.class,
                nested -> assertThat(nested).containsEntry("a", 1).containsKey("b"));
        assertThat(request.properties().maxCallDuration()).isEqualTo(600);
        // JSON objects are unordered, and Jackson hands creator any-setter values over in reverse order.
        assertThat(request.properties().extraFields())
                .containsOnly(Map.entry("enable_transcription", true), Map.entry("participant_egress_policy", "x"));
    }

    @Test
    void create_recordsTheAuthenticatedCallerAsCreator() {
        var id = createConversation();

        assertThat(records.all()).filteredOn(r -> r.conversationId().value().equals(id))
                .singleElement()
                .satisfies(r -> assertThat(r.createdBy()).isEqualTo("team-a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tavus-api-calls/conversations/list/", "/tavus-api-calls/conversations/list"})
    void list_seedCurlExample_returnsTheTavusEnvelope(String path) {
        var id = createConversation();

        var body = get(path).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        var page = json(body);
        assertThat(page.path("total_count").asLong()).isEqualTo(page.path("data").size()).isPositive();
        assertThat(page.path("data").valueStream().map(c -> c.path("conversation_id").asString())).contains(id);
    }

    @Test
    void list_passesPagingAndStatusFilterToTheQuery() {
        get("/tavus-api-calls/conversations/list/?limit=5&page=2&status=ended").expectStatus().isOk()
                .expectBody().jsonPath("$.data").isArray();

        assertThat(provider.calls()).containsExactly("list limit=5 page=2 status=ended");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ""})
    void get_withAndWithoutTrailingSlash_returnsTheConversation(String slash) {
        var id = createConversation();

        get("/tavus-api-calls/conversations/" + id + slash).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.conversation_id").isEqualTo(id)
                .jsonPath("$.status").isEqualTo("active");

        assertThat(provider.calls()).containsExactly("create", "get " + id + " verbose=false");
    }

    @Test
    void get_verbose_passesTavusExtraFieldsSuchAsEventsThrough() {
        var events = List.of(Map.of("event_type", "system.shutdown", "timestamp", "2025-01-01T10:05:00Z",
                "properties", Map.of("shutdown_reason", "participant_left_timeout")));
        provider.answerNextGetWith(new Conversation(ConversationId.of("c123456"), "A Meeting with Hassaan",
                "https://tavus.daily.co/c123456", ConversationStatus.ENDED, null, ReplicaId.of("r79e1c033f"),
                PersonaId.of("p5317866"), "2024-12-19T10:30:00Z", "2024-12-19T10:45:00Z", null,
                Map.of("events", events, "status", "shadowed")));

        var body = get("/tavus-api-calls/conversations/c123456/?verbose=true").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        JsonNode conversation = json(body);
        assertThat(conversation.path("status").asString()).isEqualTo("ended");
        assertThat(conversation.path("updated_at").asString()).isEqualTo("2024-12-19T10:45:00Z");
        assertThat(conversation.path("events").get(0).path("properties").path("shutdown_reason").asString())
                .isEqualTo("participant_left_timeout");
        assertThat(body).as("an extra field never repeats a modelled one").containsOnlyOnce("\"status\"");
        assertThat(provider.calls()).containsExactly("get c123456 verbose=true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ""})
    void end_withAndWithoutTrailingSlash_is200WithEndedStatus(String slash) {
        var id = createConversation();

        client.post().uri("/tavus-api-calls/conversations/" + id + "/end" + slash)
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"conversation_id\": \"" + id + "\", \"status\": \"ended\"}");

        assertThat(provider.calls()).endsWith("end " + id);
        assertThat(records.all()).filteredOn(r -> r.conversationId().value().equals(id))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(TrackingStatus.COMPLETED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ""})
    void delete_withAndWithoutTrailingSlash_is204(String slash) {
        var id = createConversation();

        client.delete().uri("/tavus-api-calls/conversations/" + id + "/delete" + slash + "?hard=true")
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isNoContent()
                .expectBody().isEmpty();

        assertThat(provider.calls()).endsWith("delete " + id + " hard=true");
        assertThat(records.all()).filteredOn(r -> r.conversationId().value().equals(id))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(TrackingStatus.DELETED));
    }

    @Test
    void delete_withoutHard_isSoft() {
        var id = createConversation();

        client.delete().uri("/tavus-api-calls/conversations/" + id + "/delete/")
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isNoContent();

        assertThat(provider.calls()).endsWith("delete " + id + " hard=false");
    }

    @Test
    void head_onAReadRoute_isServedWithoutBody() {
        client.head().uri("/tavus-api-calls/conversations/list/")
                .header("X-API-TOKEN", TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody().isEmpty();
    }

    @Test
    void everyAnswer_carriesTheModeHeader() {
        get("/tavus-api-calls/conversations/list/").expectStatus().isOk()
                .expectHeader().valueEquals("X-Tavus-Mode", "sandbox");
    }

    private String createConversation() {
        var body = post("/tavus-api-calls/conversations/", "{\"replica_id\": \"r79e1c033f\"}")
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json(body).path("conversation_id").asString();
    }

    private WebTestClient.ResponseSpec post(String path, String json) {
        return client.post().uri(path)
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).header("X-API-TOKEN", TOKEN).exchange();
    }
}
