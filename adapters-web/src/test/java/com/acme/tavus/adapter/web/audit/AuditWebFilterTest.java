package com.acme.tavus.adapter.web.audit;

import static com.acme.tavus.adapter.web.WebLayerTestApplication.READ_ONLY_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.ApiResponses;
import com.acme.tavus.adapter.web.OnboardingWebFixture;
import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.adapter.web.edge.RequestIdFilter;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.RecordingAuditTrail;
import com.acme.tavus.domain.audit.AuditEntry;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebLayerTest
class AuditWebFilterTest {

    private static final String CONVERSATIONS = "/tavus-api-calls/conversations/";

    @Autowired
    WebTestClient client;

    @Autowired
    RecordingAuditTrail trail;

    @Autowired
    ScriptedConversationProvider provider;

    @Autowired
    MutableClock clock;

    @Autowired
    OnboardingWebFixture onboarding;

    @Autowired
    InMemoryConversationRecords records;

    private String requestId;

    @BeforeEach
    void reset() {
        provider.reset();
        requestId = "audit-" + UUID.randomUUID();
    }

    @Test
    void aCreate_isRecordedWithTheTokensNameTheRoutePatternAndTheCreatedId() {
        var created = create().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        var entry = trail.entry(requestId);
        assertThat(entry.actor()).isEqualTo("team-a");
        assertThat(entry.method()).isEqualTo("POST");
        assertThat(entry.route()).isEqualTo(CONVERSATIONS);
        assertThat(created).contains("\"conversation_id\":\"" + entry.resourceId() + "\"");
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.upstreamStatus()).isNull();
        assertThat(entry.at()).isEqualTo(clock.instant());
        assertThat(entry.latencyMillis()).isNotNegative();
    }

    @Test
    void anActionOnAPathId_namesThatIdAndThePattern_notTheRawPath() {
        var id = ApiResponses.json(create().expectBody(String.class).returnResult().getResponseBody())
                .get("conversation_id").asString();
        requestId = "audit-" + UUID.randomUUID();

        send(client.post().uri(CONVERSATIONS + id + "/end/").header("X-API-TOKEN", TOKEN)).expectStatus().isOk();

        var entry = trail.entry(requestId);
        assertThat(entry.route()).isEqualTo(CONVERSATIONS + "{conversation_id}/end/");
        assertThat(entry.resourceId()).isEqualTo(id);
    }

    @Test
    void tavussAnswer_isRecordedBesideTheClientsOne() {
        provider.reportUpstreamStatus(400);
        provider.failNextCall(new ProviderException.Rejected("Tavus says no", null));

        send(client.delete().uri(CONVERSATIONS + "c1/delete/").header("X-API-TOKEN", TOKEN))
                .expectStatus().isBadRequest();

        var entry = trail.entry(requestId);
        assertThat(entry.status()).isEqualTo(400);
        assertThat(entry.upstreamStatus()).isEqualTo(400);
    }

    @Test
    void refusals_areRecordedToo_withWhateverIsKnownOfTheCaller() {
        send(client.post().uri(CONVERSATIONS).contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
                .expectStatus().isUnauthorized();
        var anonymous = trail.entry(requestId);
        assertThat(anonymous.actor()).isEqualTo("anonymous");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.route()).isEqualTo(CONVERSATIONS);

        requestId = "audit-" + UUID.randomUUID();
        send(client.post().uri(CONVERSATIONS).header("X-API-TOKEN", READ_ONLY_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
                .expectStatus().isForbidden();
        var refused = trail.entry(requestId);
        assertThat(refused.actor()).isEqualTo("reader");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void errorsAnsweredOutsideControllers_haveTheirFinalStatus() {
        send(client.post().uri("/tavus-api-calls/nope/").header("X-API-TOKEN", TOKEN)).expectStatus().isNotFound();
        var noRoute = trail.entry(requestId);
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.route()).isEqualTo("/tavus-api-calls/nope/");

        requestId = "audit-" + UUID.randomUUID();
        send(client.put().uri(CONVERSATIONS).header("X-API-TOKEN", TOKEN)).expectStatus().isEqualTo(405);
        assertThat(trail.entry(requestId).status()).isEqualTo(405);
    }

    @Test
    void reads_areNotRecorded() {
        send(client.get().uri(CONVERSATIONS + "list/").header("X-API-TOKEN", TOKEN)).expectStatus().isOk();

        assertThat(trail.entries()).noneMatch(entry -> entry.requestId().equals(requestId));
    }

    @Test
    void aSignedCallback_isRecordedAsTheCallbackActingOnItsConversation() {
        var created = client.post().uri("/api/v1/tavus/create-conversation").header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"ada@example.com\", \"first_name\": \"Ada\", \"last_name\": \"L\"}")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        var row = records.all().stream().filter(r -> created.contains(r.conversationId().value())).findFirst().orElseThrow();

        send(client.post().uri("/api/v1/tavus/callback?t={t}&sig={sig}", row.trackingId(), onboarding.sign(row.trackingId()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"conversation_id\": \"" + row.conversationId().value() + "\", "
                        + "\"event_type\": \"system.replica_joined\", \"timestamp\": \"2025-01-01T10:00:00Z\"}"))
                .expectStatus().isOk();

        var entry = trail.entry(requestId);
        assertThat(entry.actor()).isEqualTo("callback");
        assertThat(entry.route()).isEqualTo("/api/v1/tavus/callback");
        assertThat(entry.resourceId()).isEqualTo(row.conversationId().value());
        assertThat(trail.entries()).extracting(AuditEntry::route).contains("/api/v1/tavus/create-conversation");
    }

    private WebTestClient.ResponseSpec create() {
        return send(client.post().uri(CONVERSATIONS).header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"replica_id\": \"r79e1c033f\"}"));
    }

    private WebTestClient.ResponseSpec send(WebTestClient.RequestHeadersSpec<?> request) {
        return request.header(RequestIdFilter.HEADER, requestId).exchange();
    }
}
