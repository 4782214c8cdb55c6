package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.audit.BufferedAuditTrail;
import com.acme.tavus.application.audit.port.in.AuditQueries;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * The audit trail and the hardened edge in the running application (real Netty, H2, sandbox):
 * mutating requests land in {@code audit_log}, every answer has an {@code X-Request-Id}, bodies
 * over 1 MiB are refused, and CORS is closed when no origin is configured.
 */
@SandboxApplicationTest
class AuditTrailEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String CONVERSATIONS = "/tavus-api-calls/conversations/";

    @Autowired
    WebTestClient http;

    @Autowired
    BufferedAuditTrail trail;

    @Autowired
    AuditQueries audit;

    @Test
    void mutatingRequests_areStoredInTheAuditLog_readsAreNot() {
        var requestId = "e2e-" + UUID.randomUUID();
        var created = http.post().uri(CONVERSATIONS)
                .header("X-API-TOKEN", "FOOBAR1").header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"re8e740a42\", \"conversation_name\": \"Audited\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", requestId)
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("conversation_id");
        var endId = "e2e-" + UUID.randomUUID();
        http.post().uri(CONVERSATIONS + id + "/end/").header("X-API-TOKEN", "FOOBAR1").header("X-Request-Id", endId)
                .exchange().expectStatus().isOk();
        var readId = "e2e-" + UUID.randomUUID();
        http.get().uri(CONVERSATIONS + id + "/").header("X-API-TOKEN", "FOOBAR1").header("X-Request-Id", readId)
                .exchange().expectStatus().isOk();

        var stored = storedEntries();
        var create = entry(stored, requestId);
        assertThat(create.actor()).isEqualTo("ci-team");
        assertThat(create.route()).isEqualTo(CONVERSATIONS);
        assertThat(create.resourceId()).isEqualTo(id);
        assertThat(create.status()).isEqualTo(200);
        assertThat(create.upstreamStatus()).as("the sandbox is not Tavus").isNull();
        var end = entry(stored, endId);
        assertThat(end.route()).isEqualTo(CONVERSATIONS + "{conversation_id}/end/");
        assertThat(end.resourceId()).isEqualTo(id);
        assertThat(stored).noneMatch(entry -> entry.requestId().equals(readId));
    }

    @Test
    void aRefusedAttempt_isStoredAsAnonymous() {
        var requestId = "e2e-" + UUID.randomUUID();
        http.delete().uri(CONVERSATIONS + "c123456/delete/").header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Request-Id", requestId);

        var attempt = entry(storedEntries(), requestId);
        assertThat(attempt.actor()).isEqualTo("anonymous");
        assertThat(attempt.status()).isEqualTo(401);
        assertThat(attempt.method()).isEqualTo("DELETE");
    }

    @Test
    void aBodyOverTheLimit_is413_whetherItsLengthIsDeclaredOrNot() {
        var oneMiB = 1024 * 1024;
        http.post().uri(CONVERSATIONS).header("X-API-TOKEN", "FOOBAR1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"re8e740a42\", \"conversational_context\": \"" + "x".repeat(oneMiB) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.error").isEqualTo("Request body is too large");

        Flux<DataBuffer> chunked = Flux.range(0, 20)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));
        http.post().uri(CONVERSATIONS).header("X-API-TOKEN", "FOOBAR1").contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunked))
                .exchange()
                .expectStatus().isEqualTo(413);
    }

    @Test
    void corsIsClosed_whenNoOriginIsConfigured() {
        http.options().uri(CONVERSATIONS)
                .header(HttpHeaders.ORIGIN, "https://app.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        http.get().uri(CONVERSATIONS + "list/").header("X-API-TOKEN", "FOOBAR1")
                .header(HttpHeaders.ORIGIN, "https://app.example.com")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    private java.util.List<AuditEntry> storedEntries() {
        trail.flush().block(TIMEOUT);
        return audit.page(AuditFilter.newestFirst(new PageRequest(PageRequest.MAX_LIMIT, 1))).block(TIMEOUT).data();
    }

    private static AuditEntry entry(java.util.List<AuditEntry> entries, String requestId) {
        return entries.stream().filter(entry -> entry.requestId().equals(requestId)).findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry for request " + requestId));
    }
}
