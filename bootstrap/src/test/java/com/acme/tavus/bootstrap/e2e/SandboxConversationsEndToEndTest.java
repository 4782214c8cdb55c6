package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application in sandbox mode, driven over real HTTP the way seed 002's curl examples
 * drive it: create, list, get, end, delete, with the record in {@code tavus_conversations} kept in
 * step.
 */
@SandboxApplicationTest
class SandboxConversationsEndToEndTest {

    private static final String SEED_CREATE_BODY = """
            {
              "replica_id": "re8e740a42",
              "persona_id": "p24293d6",
              "conversation_name": "A Meeting with Hassaan",
              "conversational_context": "You are about to talk to Hassaan, one of the cofounders of Tavus.",
              "custom_greeting": "Hey there Hassaan, long time no see!",
              "properties": {
                "max_call_duration": 3600,
                "enable_recording": true,
                "enable_closed_captions": true
              }
            }""";

    private static final Duration ASYNC = Duration.ofSeconds(20);

    @Autowired
    WebTestClient http;

    @Autowired
    ConversationRecords records;

    @Test
    void conversationLifecycle_createListGetEndDelete() {
        var created = http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SEED_CREATE_BODY)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Tavus-Mode", "sandbox")
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("conversation_id");
        assertThat(created).containsEntry("status", "active")
                .containsEntry("conversation_name", "A Meeting with Hassaan")
                .containsEntry("replica_id", "re8e740a42");
        assertThat((String) created.get("conversation_url")).endsWith("/" + id);

        var row = records.findByConversationId(ConversationId.of(id)).block();
        // The sandbox's replica_joined callback may already have made it active.
        assertThat(row.status()).isIn(TrackingStatus.CREATED, TrackingStatus.ACTIVE);
        assertThat(row.createdBy()).isEqualTo("ci-team");
        assertThat(row.personaId().value()).isEqualTo("p24293d6");

        http.get().uri("/tavus-api-calls/conversations/list/")
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total_count").isNumber()
                .jsonPath("$.data[?(@.conversation_id == '%s')]".formatted(id)).exists();

        http.get().uri("/tavus-api-calls/conversations/{id}", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("active");

        http.post().uri("/tavus-api-calls/conversations/{id}/end/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk();

        http.get().uri("/tavus-api-calls/conversations/{id}/?verbose=true", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ended")
                .jsonPath("$.events").isArray();
        assertThat(records.findByConversationId(ConversationId.of(id)).block().status())
                .isEqualTo(TrackingStatus.COMPLETED);

        http.delete().uri("/tavus-api-calls/conversations/{id}/delete/?hard=true", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isNoContent();

        http.get().uri("/tavus-api-calls/conversations/{id}/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isNotEmpty();
        assertThat(records.findByConversationId(ConversationId.of(id)).block().status())
                .isEqualTo(TrackingStatus.DELETED);
    }

    /**
     * A conversation created through the proxy without a callback_url carries the platform's signed
     * one, so the sandbox's callbacks move its record and its status stream shows the whole call.
     * The signature never appears in an answer.
     */
    @Test
    void proxyConversation_statusStreamFollowsTheCallToCompletedWithTranscript() {
        var created = http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"re8e740a42\", \"conversation_name\": \"Streamed\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("conversation_id");
        assertThat((String) created.get("callback_url")).contains("/api/v1/tavus/callback?t=").endsWith("&sig=redacted");
        assertThat((String) created.get("conversation_url")).matches("http://localhost:\\d+/sandbox/calls/" + id)
                .doesNotContain("localhost:0/");
        await().atMost(ASYNC).untilAsserted(() -> assertThat(
                records.findByConversationId(ConversationId.of(id)).block().status()).isEqualTo(TrackingStatus.ACTIVE));

        http.post().uri("/tavus-api-calls/conversations/{id}/end/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk();
        var stream = http.get().uri("/api/v1/tavus/conversations/{id}/events", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(stream).contains("\"status\":\"completed\"").contains("\"has_transcript\":true");
        http.get().uri("/tavus-api-calls/conversations/{id}/?verbose=true", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("application.transcription_ready").contains("sig=redacted")
                        .doesNotContainPattern("sig=(?!redacted)"));
    }

    /** Seed 002's README examples, pasted as they are: its example ids exist in the sandbox. */
    @Test
    void seedReadmeExamples_workVerbatim() {
        http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SEED_CREATE_BODY.replace("re8e740a42", "r79e1c033f").replace("p24293d6", "p5317866"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.replica_id").isEqualTo("r79e1c033f");
        http.get().uri("/tavus-api-calls/conversations/list/")
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk();
        http.post().uri("/tavus-api-calls/conversations/c123456/end/")
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void everyApiRouteNeedsAToken() {
        http.get().uri("/tavus-api-calls/conversations/list/")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isNotEmpty();
        http.get().uri("/tavus-api-calls/conversations/list/")
                .header("X-API-TOKEN", "FOOBAR2")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void healthInfoAndOpenApi_arePublic() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.tavus.mode").isEqualTo("sandbox");
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.securitySchemes['X-API-TOKEN'].in").isEqualTo("header")
                .jsonPath("$.paths['/tavus-api-calls/conversations/']").exists();
        http.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection();
    }

    @Test
    void clientMistakes_areClear400s_notServerErrors() {
        http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"re8e740a42\", \"max_participants\": 1}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").value(m -> assertThat((String) m).contains("max_participants"));
        http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"rnothere\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").value(m -> assertThat((String) m).contains("replica_id"));
        // Longer than the record's column: refused before Tavus opens (and bills) a room.
        http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"re8e740a42\", \"conversation_name\": \"" + "n".repeat(300) + "\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").value(m -> assertThat((String) m).startsWith("conversation_name"));
        http.get().uri("/tavus-api-calls/conversations/{id}/", "c..%2Fsecret")
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().value(s -> assertThat(s).isIn(400, 404));
    }
}
