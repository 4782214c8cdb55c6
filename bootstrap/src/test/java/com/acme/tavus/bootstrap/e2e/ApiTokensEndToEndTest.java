package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.adapter.persistence.apitoken.JooqApiTokenStore;
import com.acme.tavus.application.apitoken.TokenUsageRecorder;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.testing.TestApiTokens;
import com.acme.tavus.bootstrap.TavusPlatformApplication;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenFormat;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Database API tokens over real HTTP: issue through the API, use, revoke (here at once, from
 * another instance within the cache lifetime), expiry, scopes, throttling, the seed's static token,
 * the admin-only actuator, and the create-token command line against the same database.
 */
@SandboxApplicationTest
class ApiTokensEndToEndTest {

    private static final String TOKENS = "/api/v1/tokens";
    private static final String LIST_CONVERSATIONS = "/tavus-api-calls/conversations/list/";
    /** The test configuration's platform.tokens.cache-ttl. */
    private static final Duration CACHE_TTL = Duration.ofSeconds(1);

    @Autowired
    WebTestClient http;

    @Autowired
    IssueApiTokenUseCase issue;

    @Autowired
    TokenUsageRecorder usage;

    @Autowired
    ConversationRecords records;

    @Autowired
    DSLContext dsl;

    @Test
    void issueThroughTheApi_useIt_revokeIt_andItIsRefusedAtOnce() {
        var admin = issued("e2e-admin", Scope.ADMIN);
        var created = http.post().uri(TOKENS).header("X-API-TOKEN", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"ci\", \"team\": \"payments\", \"scopes\": [\"read\", \"write\"]}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        var token = (String) created.get("token");
        var id = (String) created.get("id");
        assertThat(TokenFormat.isWellFormed(token)).isTrue();

        var conversation = http.post().uri("/tavus-api-calls/conversations/").header("X-API-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"replica_id\": \"re8e740a42\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        var row = records.findByConversationId(ConversationId.of((String) conversation.get("conversation_id"))).block();
        assertThat(row.createdBy()).isEqualTo("payments/ci");

        usage.flush().block();
        http.get().uri(TOKENS + "/" + id).header("X-API-TOKEN", admin).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.token").doesNotExist()
                .jsonPath("$.last_used_at").isNotEmpty()
                .jsonPath("$.created_by").isEqualTo("platform/e2e-admin");

        http.post().uri(TOKENS + "/" + id + "/revoke").header("X-API-TOKEN", admin).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("revoked");
        http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", token).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("Missing or invalid X-API-TOKEN header");
    }

    @Test
    void aRevocationOnAnotherInstance_isRefusedHereWithinTheCacheLifetime() {
        var token = issued("other-instance", Scope.READ);
        http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", token).exchange().expectStatus().isOk();

        // Another instance shares the database, not this instance's cache.
        var id = new JooqApiTokenStore(dsl).findByHash(TokenHash.of(token)).block().id();
        new JooqApiTokenStore(dsl).revoke(id, Instant.now(), new Actor("platform/elsewhere")).block();
        var revokedAt = System.nanoTime();

        await().atMost(CACHE_TTL.plusSeconds(3)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", token).exchange()
                        .expectStatus().isUnauthorized());
        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(CACHE_TTL.plusSeconds(3));
    }

    @Test
    void anExpiredToken_isRefused() {
        var created = Instant.now().minus(Duration.ofDays(2));
        var expired = TestApiTokens.aToken("payments", "old", Set.of(Scope.READ), created, created.plus(Duration.ofDays(1)));
        new JooqApiTokenStore(dsl).add(expired.token()).block();

        http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", expired.secret()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aTokenWithoutTheScope_is403() {
        var reader = issued("reader", Scope.READ);

        http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", reader).exchange().expectStatus().isOk();
        http.post().uri("/tavus-api-calls/conversations/").header("X-API-TOKEN", reader)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"replica_id\": \"re8e740a42\"}")
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.error")
                .isEqualTo("This API token lacks the write scope needed for this request");
        http.get().uri(TOKENS).header("X-API-TOKEN", reader).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.error")
                .isEqualTo("This API token lacks the admin scope needed for this request");
    }

    @Test
    void theSeedsStaticToken_stillWorks_butManagesNoTokens() {
        http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", "FOOBAR1").exchange().expectStatus().isOk();
        http.get().uri(TOKENS).header("X-API-TOKEN", "FOOBAR1").exchange().expectStatus().isForbidden();
    }

    @Test
    void actuator_healthAndInfoArePublic_metricsNeedTheAdminScope() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/info").exchange().expectStatus().isOk();
        http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        http.get().uri("/actuator/metrics").header("X-API-TOKEN", "FOOBAR1").exchange()
                .expectStatus().isForbidden();
        http.get().uri("/actuator/metrics").header("X-API-TOKEN", issued("reader-writer", Scope.READ, Scope.WRITE))
                .exchange().expectStatus().isForbidden();
        http.get().uri("/actuator/metrics").header("X-API-TOKEN", issued("metrics-admin", Scope.ADMIN)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.names").isArray();
    }

    @Test
    void tooManyFailedAttemptsFromOneAddress_are429WithRetryAfter() {
        var address = "198.51.100." + (1 + new SecureRandom().nextInt(250));
        var good = issued("throttled", Scope.READ);
        for (var i = 0; i < 30; i++) {
            var guess = i % 2 == 0 ? TokenFormat.generate(new SecureRandom()) : "not-a-token-" + i;
            http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", guess).header("X-Forwarded-For", address)
                    .exchange().expectStatus().isUnauthorized();
        }

        http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", good).header("X-Forwarded-For", address)
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.error").isNotEmpty();
        http.get().uri(LIST_CONVERSATIONS).header("X-API-TOKEN", good).header("X-Forwarded-For", "203.0.113.1")
                .exchange().expectStatus().isOk();
    }

    /**
     * The real command line, in a JVM of its own as an operator would run it, against this
     * application's in-memory database (served to it over H2's TCP server for the test).
     */
    @Test
    void theCommandLine_issuesAUsableTokenAgainstTheSameDatabase() throws Exception {
        var database = Server.createTcpServer("-tcpPort", "0").start();
        var stdout = Files.createTempFile(Path.of("target"), "create-token", ".out");
        var stderr = Files.createTempFile(Path.of("target"), "create-token", ".err");
        try {
            var process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                    "-cp", System.getProperty("java.class.path"), TavusPlatformApplication.class.getName(),
                    "create-token", "--name", "ops", "--team", "platform", "--scopes", "read,admin",
                    "--expires-in-days=7",
                    "--spring.datasource.url=jdbc:h2:tcp://localhost:" + database.getPort() + "/mem:sandbox-e2e")
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command exits by itself").isTrue();
            var log = Files.readString(stderr);
            var output = Files.readString(stdout);

            assertThat(process.exitValue()).as(log).isZero();
            var token = output.strip();
            assertThat(TokenFormat.isWellFormed(token)).as("standard output is the token alone: " + output).isTrue();
            assertThat(log).contains("for platform/ops").doesNotContain(token).doesNotContain("Netty started");
            http.get().uri(TOKENS + "?team=platform").header("X-API-TOKEN", token).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.data[?(@.name == 'ops')].created_by").value(createdBy ->
                            assertThat(createdBy.toString()).contains("cli:"));
        } finally {
            database.stop();
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** A database token of team "platform", issued through the use case; its secret. */
    private String issued(String name, Scope first, Scope... rest) {
        return issue.issue(new IssueApiTokenCommand(name, "platform", EnumSet.of(first, rest), null, null),
                Actor.SYSTEM).block().secret();
    }
}
