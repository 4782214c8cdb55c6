package com.acme.tavus.bootstrap.e2e;

import static com.acme.tavus.adapter.persistence.jooq.Tables.USERS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.WEBHOOK_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.in.ReconcileConversationsUseCase;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.time.Duration;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Seed 000 end to end in sandbox mode: the create request exactly as the seed documents it, the
 * sandbox's own callbacks arriving over HTTP at the signed callback URL, the end through the proxy
 * route, and the record completed with a transcript. Async effects are awaited by polling.
 */
@SandboxApplicationTest
class OnboardingEndToEndTest {

    /** Seed 000's request, verbatim, comment included. */
    private static final String SEED_000_REQUEST = """
            {
              "email": "user@example.com",
              "first_name": "John",
              "last_name": "Doe",
              "conversation_name": "Onboarding Call"  // Optional
            }""";
    private static final Duration ASYNC = Duration.ofSeconds(20);

    @Autowired
    WebTestClient http;

    @Autowired
    ConversationRecords records;

    @Autowired
    DSLContext dsl;

    @Autowired
    ReconcileConversationsUseCase reconcile;

    @Test
    void seed000_createCallbacksEndStatus() {
        var created = http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SEED_000_REQUEST)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(created).containsOnlyKeys("conversation_id", "conversation_url", "status")
                .containsEntry("status", "created");
        var id = (String) created.get("conversation_id");

        var row = row(id);
        assertThat(row.email()).isEqualTo("user@example.com");
        assertThat(row.conversationName()).isEqualTo("Onboarding Call");
        assertThat(row.personaId().value()).isEqualTo("p24293d6");
        assertThat(row.userId()).isEqualTo(dsl.select(USERS.ID).from(USERS)
                .where(USERS.EMAIL_NORMALIZED.eq("user@example.com")).fetchSingle().value1());

        await().atMost(ASYNC).untilAsserted(() -> assertThat(row(id).status()).isEqualTo(TrackingStatus.ACTIVE));

        http.post().uri("/tavus-api-calls/conversations/{id}/end/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk();

        await().atMost(ASYNC).untilAsserted(() -> {
            var ended = row(id);
            assertThat(ended.transcript()).contains("assistant: ").contains("user: ");
            assertThat(ended.transcriptLines()).isNotEmpty();
            assertThat(ended.metadata()).containsEntry("shutdown_reason", "end_conversation_endpoint_hit");
        });
        http.get().uri("/api/v1/tavus/conversation-status/{id}", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.conversation_id").isEqualTo(id)
                .jsonPath("$.status").isEqualTo("completed")
                .jsonPath("$.is_completed").isEqualTo(true)
                .jsonPath("$.created_at").isNotEmpty()
                .jsonPath("$.completed_at").isNotEmpty();
        assertThat(dsl.select(WEBHOOK_EVENTS.EVENT_TYPE).from(WEBHOOK_EVENTS)
                .where(WEBHOOK_EVENTS.CONVERSATION_ID.eq(id)).fetch(WEBHOOK_EVENTS.EVENT_TYPE))
                .containsExactlyInAnyOrder("system.replica_joined", "system.shutdown",
                        "application.transcription_ready");
    }

    @Test
    void statusStream_ofACompletedConversation_isOneStatusEvent() {
        var id = (String) http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"sse@example.com\", \"first_name\": \"Sam\", \"last_name\": \"Stream\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("conversation_id");
        http.post().uri("/tavus-api-calls/conversations/{id}/end/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk();

        var stream = http.get().uri("/api/v1/tavus/conversations/{id}/events", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(stream).contains("event:status").contains("\"status\":\"completed\"");
    }

    @Test
    void callback_withoutSignature_is401AndPublicPathNeedsNoToken() {
        http.post().uri("/api/v1/tavus/callback")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"event_type\": \"system.shutdown\", \"conversation_id\": \"c123456\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isNotEmpty();
    }

    @Test
    void tooLongConversationName_is400_beforeAnyoneIsRegistered() {
        http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"long.name@example.com\", \"first_name\": \"Long\", \"last_name\": \"Name\","
                        + " \"conversation_name\": \"" + "n".repeat(300) + "\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("conversation_name: must be at most 255 characters");
    }

    @Test
    void reconcile_withNothingOverdue_changesNothing() {
        assertThat(reconcile.reconcile().block(ASYNC)).isZero();
    }

    private TrackedConversation row(String id) {
        return records.findByConversationId(ConversationId.of(id)).block(ASYNC);
    }
}
