package com.acme.tavus.adapter.tavus;

import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.API_KEY;
import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.domain.conversation.CallProperties;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.ConversationStatus;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class TavusHttpConversationProviderTest {

    private static final String CONVERSATION_JSON = """
            {"conversation_id": "c0123456789a", "conversation_name": "Demo", "conversation_url": "https://tavus.daily.co/c0123456789a",
             "status": "active", "callback_url": "https://hooks.example/tavus", "replica_id": "re8e740a42",
             "persona_id": "p24293d6", "created_at": "2025-05-13T06:42:58.291561Z", "updated_at": "2025-05-13T06:43:00.000000Z"}
            """;

    private static FakeTavusServer tavus;
    private TavusHttpConversationProvider provider;

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
        provider = TavusWireTestSupport.provider(tavus);
    }

    @Test
    void create_sendsEveryFieldInSnakeCase() {
        tavus.on("POST", "/v2/conversations", FakeResponse.ok(CONVERSATION_JSON));
        var properties = new CallProperties(600, 30, 120, true, false, true, "english", "recordings", "us-east-1",
                "arn:aws:iam::123456789012:role/tavus", Map.of());
        var request = new ConversationRequest(ReplicaId.of("re8e740a42"), PersonaId.of("p24293d6"),
                "https://hooks.example/tavus", "Demo", "The user is new.", "Hello!", List.of("d1", "d2"), "quality",
                List.of("faq"), List.of("anna"), false, true, 3, false, properties, Map.of());

        StepVerifier.create(provider.create(request)).expectNextCount(1).verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v2/conversations");
        assertThat(sent.query()).isNull();
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.header("Accept")).isEqualTo("application/json");
        assertThat(json(sent.body())).isEqualTo(Map.ofEntries(
                Map.entry("replica_id", "re8e740a42"),
                Map.entry("persona_id", "p24293d6"),
                Map.entry("callback_url", "https://hooks.example/tavus"),
                Map.entry("conversation_name", "Demo"),
                Map.entry("conversational_context", "The user is new."),
                Map.entry("custom_greeting", "Hello!"),
                Map.entry("document_ids", List.of("d1", "d2")),
                Map.entry("document_retrieval_strategy", "quality"),
                Map.entry("document_tags", List.of("faq")),
                Map.entry("memory_stores", List.of("anna")),
                Map.entry("test_mode", false),
                Map.entry("require_auth", true),
                Map.entry("max_participants", 3),
                Map.entry("audio_only", false),
                Map.entry("properties", Map.of(
                        "max_call_duration", 600,
                        "participant_left_timeout", 30,
                        "participant_absent_timeout", 120,
                        "enable_recording", true,
                        "enable_closed_captions", false,
                        "apply_greenscreen", true,
                        "language", "english",
                        "recording_s3_bucket_name", "recordings",
                        "recording_s3_bucket_region", "us-east-1",
                        "aws_assume_role_arn", "arn:aws:iam::123456789012:role/tavus"))));
    }

    @Test
    void create_omitsNullFieldsAndEmptyProperties() {
        tavus.on("POST", "/v2/conversations", FakeResponse.ok(CONVERSATION_JSON));

        StepVerifier.create(provider.create(minimalRequest(Map.of(), CallProperties.none())))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(json(tavus.lastRequest().body())).isEqualTo(Map.of("replica_id", "re8e740a42"));
    }

    @Test
    void create_passesUnknownFieldsThroughAtTopLevelAndInProperties() {
        tavus.on("POST", "/v2/conversations", FakeResponse.ok(CONVERSATION_JSON));
        var properties = new CallProperties(null, null, null, null, null, null, null, null, null, null,
                Map.of("enable_transcription", true, "participant_egress_policy", Map.of("mode", "strict")));
        var extra = Map.<String, Object>of("future_flag", "on", "guardrail_ids", List.of("g1"),
                // a known field in the extras must not override or duplicate the modelled one
                "replica_id", "r-sneaky");

        StepVerifier.create(provider.create(minimalRequest(extra, properties))).expectNextCount(1).verifyComplete();

        assertThat(json(tavus.lastRequest().body())).isEqualTo(Map.of(
                "replica_id", "re8e740a42",
                "future_flag", "on",
                "guardrail_ids", List.of("g1"),
                "properties", Map.of("enable_transcription", true, "participant_egress_policy", Map.of("mode", "strict"))));
    }

    @Test
    void create_mapsTheAnswerIncludingMeetingTokenAndUnknownFields() {
        tavus.on("POST", "/v2/conversations", FakeResponse.ok("""
                {"conversation_id": "c0123456789a", "conversation_name": "Private", "conversation_url": "https://tavus.daily.co/c0123456789a",
                 "status": "active", "callback_url": null, "created_at": "2025-05-13T06:42:58.291561Z",
                 "meeting_token": "eyJhbGciOi.token", "room_region": "us-west"}
                """));

        StepVerifier.create(provider.create(minimalRequest(Map.of(), CallProperties.none())))
                .assertNext(conversation -> {
                    assertThat(conversation.id()).isEqualTo(ConversationId.of("c0123456789a"));
                    assertThat(conversation.name()).isEqualTo("Private");
                    assertThat(conversation.url()).isEqualTo("https://tavus.daily.co/c0123456789a");
                    assertThat(conversation.status()).isEqualTo(ConversationStatus.ACTIVE);
                    assertThat(conversation.callbackUrl()).isNull();
                    assertThat(conversation.replicaId()).isNull();
                    assertThat(conversation.createdAt()).isEqualTo("2025-05-13T06:42:58.291561Z");
                    assertThat(conversation.meetingToken()).isEqualTo("eyJhbGciOi.token");
                    assertThat(conversation.extraFields()).isEqualTo(Map.of("room_region", "us-west"));
                })
                .verifyComplete();
    }

    @Test
    void create_answerWithoutStatus_isEndedForTestModeAndActiveOtherwise() {
        tavus.on("POST", "/v2/conversations", FakeResponse.ok("{\"conversation_id\": \"c1\"}"));
        var testMode = new ConversationRequest(ReplicaId.of("re8e740a42"), null, null, null, null, null, null, null,
                null, null, true, null, null, null, null, null);

        StepVerifier.create(provider.create(testMode))
                .assertNext(c -> assertThat(c.status()).isEqualTo(ConversationStatus.ENDED))
                .verifyComplete();
        StepVerifier.create(provider.create(minimalRequest(Map.of(), null)))
                .assertNext(c -> assertThat(c.status()).isEqualTo(ConversationStatus.ACTIVE))
                .verifyComplete();
    }

    @Test
    void get_withoutVerbose_sendsNoQueryAndMapsEveryField() {
        tavus.on("GET", "/v2/conversations/c0123456789a", FakeResponse.ok(CONVERSATION_JSON));

        StepVerifier.create(provider.get(ConversationId.of("c0123456789a"), false))
                .assertNext(c -> {
                    assertThat(c.replicaId()).isEqualTo(ReplicaId.of("re8e740a42"));
                    assertThat(c.personaId()).isEqualTo(PersonaId.of("p24293d6"));
                    assertThat(c.callbackUrl()).isEqualTo("https://hooks.example/tavus");
                    assertThat(c.updatedAt()).isEqualTo("2025-05-13T06:43:00.000000Z");
                    assertThat(c.meetingToken()).isNull();
                    assertThat(c.extraFields()).isEmpty();
                })
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.line()).isEqualTo("GET /v2/conversations/c0123456789a");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void get_verbose_asksForItAndKeepsEventsAndTopLevelExtrasInExtraFields() {
        tavus.on("GET", "/v2/conversations/c1", FakeResponse.ok("""
                {"conversation_id": "c1", "status": "ended", "shutdown_reason": "participant_left_timeout",
                 "events": [
                   {"event_type": "system.replica_joined", "timestamp": "t1", "properties": {"replica_id": "r1"}},
                   {"event_type": "application.transcription_ready", "timestamp": "t2",
                    "properties": {"replica_id": "r1", "transcript": [{"role": "user", "content": "Hi."}]}}
                 ]}
                """));

        StepVerifier.create(provider.get(ConversationId.of("c1"), true))
                .assertNext(c -> {
                    assertThat(c.status()).isEqualTo(ConversationStatus.ENDED);
                    assertThat(c.extraFields()).containsEntry("shutdown_reason", "participant_left_timeout");
                    assertThat(c.extraFields().get("events")).isEqualTo(List.of(
                            Map.of("event_type", "system.replica_joined", "timestamp", "t1",
                                    "properties", Map.of("replica_id", "r1")),
                            Map.of("event_type", "application.transcription_ready", "timestamp", "t2",
                                    "properties", Map.of("replica_id", "r1",
                                            "transcript", List.of(Map.of("role", "user", "content", "Hi."))))));
                })
                .verifyComplete();

        assertThat(tavus.lastRequest().line()).isEqualTo("GET /v2/conversations/c1?verbose=true");
    }

    @Test
    void get_keepsAnUnknownStatusVerbatim() {
        tavus.on("GET", "/v2/conversations/c1", FakeResponse.ok("{\"conversation_id\": \"c1\", \"status\": \"Paused\"}"));

        StepVerifier.create(provider.get(ConversationId.of("c1"), false))
                .assertNext(c -> assertThat(c.status().value()).isEqualTo("paused"))
                .verifyComplete();
    }

    @Test
    void list_sendsTheGivenQueryParametersAndMapsTheEnvelope() {
        tavus.on("GET", "/v2/conversations", FakeResponse.ok("""
                {"data": [%s, {"conversation_id": "c2", "status": "ended"}], "total_count": 42}
                """.formatted(CONVERSATION_JSON)));

        StepVerifier.create(provider.list(new ConversationFilter(new PageRequest(2, 3), ConversationStatus.ENDED)))
                .assertNext(page -> {
                    assertThat(page.totalCount()).isEqualTo(42);
                    assertThat(page.data()).extracting(c -> c.id().value()).containsExactly("c0123456789a", "c2");
                })
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.path()).isEqualTo("/v2/conversations");
        assertThat(sent.queryParams()).isEqualTo(Map.of("limit", List.of("2"), "page", List.of("3"), "status", List.of("ended")));
    }

    @Test
    void list_withDefaults_sendsNoQueryAndUsesThePageSizeWhenTotalCountIsMissing() {
        tavus.on("GET", "/v2/conversations", FakeResponse.ok("{\"data\": [{\"conversation_id\": \"c1\", \"status\": \"active\"}]}"));

        StepVerifier.create(provider.list(new ConversationFilter(PageRequest.defaults(), null)))
                .assertNext(page -> {
                    assertThat(page.totalCount()).isEqualTo(1);
                    assertThat(page.data()).hasSize(1);
                })
                .verifyComplete();

        assertThat(tavus.lastRequest().query()).isNull();
    }

    @Test
    void list_withoutData_isAnEmptyPage() {
        tavus.on("GET", "/v2/conversations", FakeResponse.ok("{\"total_count\": 0}"));

        StepVerifier.create(provider.list(new ConversationFilter(PageRequest.defaults(), null)))
                .assertNext(page -> assertThat(page.data()).isEmpty())
                .verifyComplete();
    }

    @Test
    void end_postsWithoutBodyToTheEndPath() {
        tavus.on("POST", "/v2/conversations/c1/end", FakeResponse.status(200));

        StepVerifier.create(provider.end(ConversationId.of("c1"))).verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.line()).isEqualTo("POST /v2/conversations/c1/end");
        assertThat(sent.body()).isEmpty();
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void end_ignoresAnyBodyTavusSends() {
        tavus.on("POST", "/v2/conversations/c1/end", FakeResponse.ok("{\"status\": \"ended\", \"whatever\": [1, 2]}"));

        StepVerifier.create(provider.end(ConversationId.of("c1"))).verifyComplete();
    }

    @Test
    void delete_soft_omitsHardAndAccepts204() {
        tavus.on("DELETE", "/v2/conversations/c1", FakeResponse.status(204));

        StepVerifier.create(provider.delete(ConversationId.of("c1"), false)).verifyComplete();

        assertThat(tavus.lastRequest().line()).isEqualTo("DELETE /v2/conversations/c1");
    }

    @Test
    void delete_hard_sendsHardTrue() {
        tavus.on("DELETE", "/v2/conversations/c1", FakeResponse.status(204));

        StepVerifier.create(provider.delete(ConversationId.of("c1"), true)).verifyComplete();

        assertThat(tavus.lastRequest().line()).isEqualTo("DELETE /v2/conversations/c1?hard=true");
        assertThat(tavus.lastRequest().header("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void calls_areLazyAndSendNothingUntilSubscribed() {
        provider.end(ConversationId.of("c1"));
        provider.create(minimalRequest(Map.of(), null));

        assertThat(tavus.requests()).isEmpty();
    }

    private static ConversationRequest minimalRequest(Map<String, Object> extra, CallProperties properties) {
        return new ConversationRequest(ReplicaId.of("re8e740a42"), null, null, null, null, null, null, null, null,
                null, null, null, null, null, properties, extra);
    }
}
