package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.audit.BufferedAuditTrail;
import com.acme.tavus.application.audit.port.in.AuditQueries;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The webhook routes through the real security chain: admin scope only, clear 400s naming the
 * field, the secret in the creation answer only, 404s for unknown ids, and the audit trail
 * recording the mutating routes like any other.
 */
@SandboxApplicationTest
class WebhooksApiEndToEndTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";

    @Autowired
    WebTestClient http;

    @Autowired
    IssueApiTokenUseCase issue;

    @Autowired
    BufferedAuditTrail trail;

    @Autowired
    AuditQueries audit;

    @Test
    void aReadWriteTokenMayNeitherListNorRegister() {
        http.get().uri(WEBHOOKS).header("X-API-TOKEN", "FOOBAR1").exchange().expectStatus().isForbidden();
        http.post().uri(WEBHOOKS).header("X-API-TOKEN", "FOOBAR1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://hooks.example.com/x")).exchange().expectStatus().isForbidden();
        http.get().uri(WEBHOOKS).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void badRequestsAre400sNamingTheField() {
        var admin = adminToken();
        for (var body : List.of(Map.of("url", "http://hooks.example.com/x"), Map.of("url", "https://u:p@hooks.example.com/x"),
                Map.of("description", "no url"))) {
            http.post().uri(WEBHOOKS).header("X-API-TOKEN", admin).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.error").value(error -> assertThat((String) error).startsWith("url: "));
        }
        http.get().uri(WEBHOOKS + "/not-a-uuid").header("X-API-TOKEN", admin).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error").value(e -> assertThat((String) e).startsWith("id: "));
        http.get().uri(WEBHOOKS + "/{id}/deliveries?limit=0", UUID.randomUUID()).header("X-API-TOKEN", admin).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void registerShowsTheSecretOnce_listAndGetNever_deleteIsAuditedAndThen404() {
        var admin = adminToken();
        var url = "https://hooks.example.com/" + UUID.randomUUID();
        var requestId = "e2e-" + UUID.randomUUID();
        var created = http.post().uri(WEBHOOKS).header("X-API-TOKEN", admin).header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", url, "description", "CRM"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("id");
        var secret = (String) created.get("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(created).containsEntry("url", url).containsEntry("description", "CRM");

        var list = http.get().uri(WEBHOOKS).header("X-API-TOKEN", admin).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).contains(id).doesNotContain(secret).doesNotContain(secret.substring(6));
        http.get().uri(WEBHOOKS + "/{id}/deliveries", id).header("X-API-TOKEN", admin).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.data").isArray();
        http.post().uri(WEBHOOKS + "/{id}/deliveries/{delivery}/retry", id, UUID.randomUUID())
                .header("X-API-TOKEN", admin).exchange().expectStatus().isNotFound();

        var deleteId = "e2e-" + UUID.randomUUID();
        http.delete().uri(WEBHOOKS + "/{id}", id).header("X-API-TOKEN", admin).header("X-Request-Id", deleteId)
                .exchange().expectStatus().isNoContent();
        http.delete().uri(WEBHOOKS + "/{id}", id).header("X-API-TOKEN", admin).exchange().expectStatus().isNotFound();
        http.get().uri(WEBHOOKS + "/{id}", id).header("X-API-TOKEN", admin).exchange().expectStatus().isNotFound();

        trail.flush().block(Duration.ofSeconds(10));
        var stored = audit.page(AuditFilter.newestFirst(new PageRequest(PageRequest.MAX_LIMIT, 1)))
                .block(Duration.ofSeconds(10)).data();
        var register = entry(stored, requestId);
        assertThat(register.route()).isEqualTo(WEBHOOKS);
        assertThat(register.resourceId()).isEqualTo(id);
        assertThat(register.status()).isEqualTo(201);
        assertThat(entry(stored, deleteId).status()).isEqualTo(204);
    }

    private String adminToken() {
        return issue.issue(new IssueApiTokenCommand("hooks-" + UUID.randomUUID().toString().substring(0, 8), "platform",
                EnumSet.of(Scope.ADMIN), null, null), Actor.SYSTEM).block().secret();
    }

    private static AuditEntry entry(List<AuditEntry> entries, String requestId) {
        return entries.stream().filter(entry -> entry.requestId().equals(requestId)).findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry for request " + requestId));
    }
}
