package com.acme.tavus.adapter.web.api.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.OnboardingWebFixture;
import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.adapter.web.WebLayerTestApplication;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebLayerTest
class OnboardingRoutesTest {

    private static final String SEED_REQUEST = """
            {
              "email": "user@example.com",
              "first_name": "John",
              "last_name": "Doe",
              "conversation_name": "Onboarding Call"  // Optional
            }""";

    @Autowired
    WebTestClient http;

    @Autowired
    OnboardingWebFixture fixture;

    @Autowired
    InMemoryConversationRecords records;

    @Autowired
    ScriptedConversationProvider provider;

    @AfterEach
    void restore() {
        fixture.personaConfigured(true);
        provider.reset();
    }

    private String create() {
        var body = http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SEED_REQUEST)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).containsOnlyKeys("conversation_id", "conversation_url", "status")
                .containsEntry("status", "created");
        return (String) body.get("conversation_id");
    }

    @Test
    void createConversation_seedRequest_answersExactlyTheSeedShape() {
        var id = create();

        assertThat(records.findByConversationId(ConversationId.of(id)).block().email()).isEqualTo("user@example.com");
    }

    @Test
    void createConversation_withoutToken_is401() {
        http.post().uri("/api/v1/tavus/create-conversation")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SEED_REQUEST)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"first_name\": \"J\", \"last_name\": \"D\"}|email",
        "{\"email\": \"nope\", \"first_name\": \"J\", \"last_name\": \"D\"}|email",
        "{\"email\": \"a@b.co\", \"first_name\": \"  \", \"last_name\": \"D\"}|first_name",
        "{\"email\": \"a@b.co\", \"first_name\": \"J\"}|last_name",
        "{\"email\": [\"a@b.co\"], \"first_name\": \"J\", \"last_name\": \"D\"}|email",
        "{\"email\": \"a@b.co\", \"first_name\": {\"x\": 1}, \"last_name\": \"D\"}|first_name",
        "{\"email\": \"a@b.co\", \"first_name\": 7, \"last_name\": \"D\"}|first_name"})
    void createConversation_invalidField_is400NamingIt(String body, String field) {
        http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").value(m -> assertThat((String) m).startsWith(field + ":"));
    }

    @Test
    void createConversation_notJson_is400NamingTheBody() {
        http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{oops")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("body: is not valid JSON");
    }

    @Test
    void createConversation_withoutPersona_is503NamingTheConfiguration() {
        fixture.personaConfigured(false);

        http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SEED_REQUEST)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.error").value(m -> assertThat((String) m).contains("configuration"));
    }

    @Test
    void conversationStatus_knownId_answersTheSeedFields() {
        var id = create();

        http.get().uri("/api/v1/tavus/conversation-status/{id}", id)
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.conversation_id").isEqualTo(id)
                .jsonPath("$.status").isEqualTo("created")
                .jsonPath("$.is_completed").isEqualTo(false)
                .jsonPath("$.created_at").isEqualTo("2025-01-01T10:00:00Z")
                .jsonPath("$.completed_at").doesNotExist();
    }

    @Test
    void conversationStatus_unknownId_is404_andWithoutToken_is401() {
        http.get().uri("/api/v1/tavus/conversation-status/cdoesnotexist")
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isNotEmpty();
        http.get().uri("/api/v1/tavus/conversation-status/cdoesnotexist")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void events_knownId_isAnEventStreamStartingWithTheCurrentStatus() {
        var id = create();
        var row = records.findByConversationId(ConversationId.of(id)).block();
        complete(id, row.trackingId());

        var result = http.get().uri("/api/v1/tavus/conversations/{id}/events", id)
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(result).contains("event:status").contains("\"status\":\"completed\"")
                .contains("\"is_completed\":true").contains("\"has_transcript\":false");
    }

    @Test
    void events_unknownId_is404() {
        http.get().uri("/api/v1/tavus/conversations/cdoesnotexist/events")
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void callback_signedShutdown_isAcknowledgedWithoutTokenAndCompletesTheRecord() {
        var id = create();
        var row = records.findByConversationId(ConversationId.of(id)).block();

        complete(id, row.trackingId());

        http.get().uri("/api/v1/tavus/conversation-status/{id}", id)
                .header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("completed")
                .jsonPath("$.is_completed").isEqualTo(true)
                .jsonPath("$.completed_at").isEqualTo("2025-01-01T10:30:00Z");
    }

    @Test
    void callback_missingOrForgedSignature_is401() {
        var id = create();
        var row = records.findByConversationId(ConversationId.of(id)).block();
        var body = shutdownBody(id);

        http.post().uri("/api/v1/tavus/callback")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized().expectBody().jsonPath("$.error").isNotEmpty();
        http.post().uri("/api/v1/tavus/callback?t={t}&sig={sig}", row.trackingId(), fixture.sign(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized().expectBody().jsonPath("$.error").isNotEmpty();
        assertThat(records.findByConversationId(ConversationId.of(id)).block().status().value()).isEqualTo("created");
    }

    @Test
    void callback_malformedJson_is400_andUnknownType_is200() {
        var id = create();
        var t = records.findByConversationId(ConversationId.of(id)).block().trackingId();

        http.post().uri("/api/v1/tavus/callback?t={t}&sig={sig}", t, fixture.sign(t))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"event_type\": ")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isNotEmpty();
        http.post().uri("/api/v1/tavus/callback?t={t}&sig={sig}", t, fixture.sign(t))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"conversation_id\": \"" + id + "\", \"event_type\": \"system.new_thing\", "
                        + "\"timestamp\": \"2025-01-01T10:01:00Z\"}")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.outcome").isEqualTo("unknown_event_type");
    }

    private void complete(String id, UUID trackingId) {
        http.post().uri("/api/v1/tavus/callback?t={t}&sig={sig}", trackingId, fixture.sign(trackingId))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(shutdownBody(id))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.outcome").isEqualTo("applied");
    }

    private static String shutdownBody(String id) {
        return """
                {"properties": {"replica_id": "r79e1c033f", "shutdown_reason": "end_conversation_endpoint_hit"},
                 "conversation_id": "%s", "event_type": "system.shutdown", "message_type": "system",
                 "timestamp": "2025-01-01T10:30:00.000000Z"}""".formatted(id);
    }
}
