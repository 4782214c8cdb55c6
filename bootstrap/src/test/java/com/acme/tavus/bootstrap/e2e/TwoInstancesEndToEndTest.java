package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.adapter.persistence.testing.PostgresTestDatabase;
import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.testing.contract.Concurrently;
import com.acme.tavus.bootstrap.TavusPlatformApplication;
import com.acme.tavus.bootstrap.onboarding.ReconcileScheduler;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the platform, as behind a load balancer: two applications in this JVM, each
 * on its own port and connection pool, sharing one PostgreSQL (Testcontainers or embedded) and one
 * fake Tavus (live mode). The same callbacks and idempotent creates go to both at once, and every
 * effect happens exactly once; a token revoked through one is refused by the other within its
 * cache lifetime; a status stream on one sees a callback the other received; and the reconciler
 * runs on one instance at a time (ADR 0020).
 *
 * <p>Closes both applications with the class, while PostgreSQL still runs. Rerun-safe: every run
 * gets a new database, and every id, key and address is new per test.
 */
class TwoInstancesEndToEndTest {

    private static final String SIGNING_KEY = "two-instances-signing-key-0123456789abcdef";
    private static final String TOKEN = "TWO1";
    private static final Duration CACHE_TTL = Duration.ofSeconds(1);
    private static final Duration RECONCILE_INTERVAL = Duration.ofMillis(100);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FakeTavusServer TAVUS;
    private static String databaseUrl;
    private static String databaseUser;
    private static String databasePassword;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static long startedNanos;

    @BeforeAll
    static void startTwoInstances() {
        TAVUS = FakeTavusServer.start(); // here, not in a static initialiser: Surefire's rerun needs a new one
        try (var database = PostgresTestDatabase.newDatabase()) {
            databaseUrl = database.getJdbcUrl();
            databaseUser = database.getUsername();
            databasePassword = database.getPassword();
        }
        startedNanos = System.nanoTime();
        first = start();
        second = start();
    }

    private static ConfigurableApplicationContext start() {
        return SpringApplication.run(TavusPlatformApplication.class,
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + databaseUser,
                "--spring.datasource.password=" + databasePassword,
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--platform.api-tokens=two-team:" + TOKEN,
                "--platform.backend-url=http://localhost:9",
                "--platform.tokens.cache-ttl=" + CACHE_TTL.toMillis() + "ms",
                "--tavus.api-key=tvs-two-instances",
                "--tavus.base-url=" + TAVUS.baseUrl(),
                "--tavus.persona-id=p5317866",
                "--onboarding.callback-signing-key=" + SIGNING_KEY,
                "--onboarding.reconcile-enabled=true",
                "--onboarding.reconcile-interval=" + RECONCILE_INTERVAL.toMillis() + "ms",
                "--onboarding.status-poll-interval=200ms");
    }

    @AfterAll
    static void stop() {
        try {
            for (var app : new ConfigurableApplicationContext[] {second, first}) {
                if (app != null) {
                    app.close();
                }
            }
        } finally {
            if (TAVUS != null) {
                TAVUS.close();
            }
        }
    }

    @BeforeEach
    void resetTavus() {
        TAVUS.reset();
        TAVUS.on("POST", "/v2/conversations", request -> {
            var id = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            return FakeResponse.ok("""
                    {"conversation_id": "%s", "conversation_url": "https://tavus.daily.co/%s",
                     "status": "active", "created_at": "2026-01-01T00:00:00Z"}""".formatted(id, id))
                    .delayedBy(Duration.ofMillis(300));
        });
    }

    @Test
    void theSameCallbacks_sentToBothInstancesAtOnce_areStoredAndAppliedOnce() throws Exception {
        var onboarded = onboard(first);

        var joined = callback(onboarded, "system.replica_joined", "2026-01-01T00:00:05Z");
        var answers = Concurrently.run(List.<Callable<EntityExchangeResult<byte[]>>>of(
                () -> post(first, onboarded.callbackPath(), joined), () -> post(second, onboarded.callbackPath(), joined),
                () -> post(first, onboarded.callbackPath(), joined), () -> post(second, onboarded.callbackPath(), joined)),
                TIMEOUT);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus().is2xxSuccessful()).isTrue());

        var ended = callback(onboarded, "system.shutdown", "2026-01-01T00:09:05Z")
                .replace("}", ", \"properties\": {\"shutdown_reason\": \"participant_left_timeout\"}}");
        Concurrently.run(List.<Callable<EntityExchangeResult<byte[]>>>of(
                () -> post(second, onboarded.callbackPath(), ended), () -> post(first, onboarded.callbackPath(), ended)),
                TIMEOUT);

        assertThat(sql("select event_type from webhook_events where conversation_id = ?", onboarded.id()))
                .containsExactlyInAnyOrder("system.replica_joined", "system.shutdown");
        assertThat(sql("select outcome from webhook_events where conversation_id = ?", onboarded.id()))
                .containsOnly("applied");
        assertThat(sql("select status from tavus_conversations where conversation_id = ?", onboarded.id()))
                .containsExactly("completed");
        for (var app : List.of(first, second)) {
            client(app).get().uri("/api/v1/tavus/conversation-status/{id}", onboarded.id()).header("X-API-TOKEN", TOKEN)
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("completed");
        }
    }

    @Test
    void theSameIdempotentCreate_sentToBothInstancesAtOnce_createsOnce_andBothGetTheSameAnswer() throws Exception {
        var key = UUID.randomUUID().toString();
        var body = "{\"replica_id\": \"r79e1c033f\", \"conversation_name\": \"Once across instances\"}";

        var answers = Concurrently.run(List.<Callable<EntityExchangeResult<byte[]>>>of(
                () -> create(first, key, body), () -> create(second, key, body)), TIMEOUT);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus().value()).isEqualTo(200));
        assertThat(text(answers.get(0))).isEqualTo(text(answers.get(1)));
        assertThat(answers).filteredOn(a -> "true".equals(a.getResponseHeaders().getFirst("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(TAVUS.requests()).filteredOn(r -> r.method().equals("POST") && r.path().equals("/v2/conversations"))
                .hasSize(1);
        var id = JSON.readTree(answers.get(0).getResponseBody()).get("conversation_id").asString();
        assertThat(sql("select conversation_id from tavus_conversations where conversation_id = ?", id)).hasSize(1);
    }

    @Test
    void aTokenRevokedThroughOneInstance_isRefusedByTheOtherWithinTheCacheLifetime() {
        var issue = first.getBean(IssueApiTokenUseCase.class);
        var admin = issue.issue(new IssueApiTokenCommand("two-admin-" + UUID.randomUUID().toString().substring(0, 8),
                "platform", EnumSet.of(Scope.ADMIN), null, null), Actor.SYSTEM).block(TIMEOUT).secret();
        var reader = issue.issue(new IssueApiTokenCommand("two-reader-" + UUID.randomUUID().toString().substring(0, 8),
                "platform", EnumSet.of(Scope.READ), null, null), Actor.SYSTEM).block(TIMEOUT);
        readStatus(second, reader.secret()).expectStatus().isNotFound(); // accepted, and now in the second instance's cache

        client(first).post().uri("/api/v1/tokens/{id}/revoke", reader.view().token().id()).header("X-API-TOKEN", admin)
                .exchange().expectStatus().isOk();
        var revokedAt = System.nanoTime();

        readStatus(first, reader.secret()).expectStatus().isUnauthorized();
        await().atMost(CACHE_TTL.plusSeconds(3)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> readStatus(second, reader.secret()).expectStatus().isUnauthorized());
        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(CACHE_TTL.plusSeconds(3));
    }

    @Test
    void aStatusStreamOnOneInstance_seesACallbackTheOtherReceived() throws Exception {
        var onboarded = onboard(first);
        var stream = client(second).get().uri("/api/v1/tavus/conversations/{id}/events", onboarded.id())
                .header("X-API-TOKEN", TOKEN).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        var seen = new ArrayList<String>();
        var watching = stream.doOnNext(seen::add).subscribe();
        try {
            await().atMost(TIMEOUT).until(() -> seen.stream().anyMatch(event -> event.contains("\"created\"")));

            post(first, onboarded.callbackPath(), callback(onboarded, "system.replica_joined", "2026-01-01T00:00:05Z"));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> seen.stream().anyMatch(event -> event.contains("\"active\"")));
        } finally {
            watching.dispose();
        }
    }

    @Test
    void theReconciler_runsOnOneInstanceAtATime() throws Exception {
        await().atMost(TIMEOUT).until(() -> passes(first, "ran") + passes(second, "ran") >= 10);

        var elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        var ran = passes(first, "ran") + passes(second, "ran");
        var skipped = passes(first, "skipped") + passes(second, "skipped");
        // Without the lock each instance would run a pass every interval: about twice this bound.
        var oncePerInterval = elapsed.toMillis() / (RECONCILE_INTERVAL.toMillis() * 9 / 10) + 2;
        assertThat(ran).as("passes run in %s by both instances", elapsed).isLessThanOrEqualTo(oncePerInterval);
        assertThat(skipped).as("passes skipped because the other instance held the lock").isPositive();
        assertThat(sql("select lock_name from job_locks where lock_name = ?", ReconcileScheduler.JOB)).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    private record Onboarded(String id, String callbackPath) {}

    /** Starts an onboarding call through {@code app}; its conversation id and signed callback path. */
    private static Onboarded onboard(ConfigurableApplicationContext app) {
        var email = "two+" + UUID.randomUUID() + "@example.com";
        var answer = client(app).post().uri("/api/v1/tavus/create-conversation").header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"" + email + "\", \"first_name\": \"Two\", \"last_name\": \"Instances\"}")
                .exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        var id = JSON.readTree(answer).get("conversation_id").asString();
        var callbackUrl = URI.create(TAVUS.requests().stream()
                .filter(request -> request.method().equals("POST") && request.body().contains("callback_url"))
                .map(request -> JSON.readTree(request.body()).get("callback_url").asString())
                .reduce((earlier, later) -> later).orElseThrow());
        return new Onboarded(id, callbackUrl.getRawPath() + "?" + callbackUrl.getRawQuery());
    }

    private static String callback(Onboarded onboarded, String eventType, String timestamp) {
        return "{\"conversation_id\": \"" + onboarded.id() + "\", \"event_type\": \"" + eventType
                + "\", \"timestamp\": \"" + timestamp + "\"}";
    }

    private static EntityExchangeResult<byte[]> post(ConfigurableApplicationContext app, String path, String body) {
        return client(app).post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectBody(byte[].class).returnResult();
    }

    private static EntityExchangeResult<byte[]> create(ConfigurableApplicationContext app, String key, String body) {
        return client(app).post().uri("/tavus-api-calls/conversations/").header("X-API-TOKEN", TOKEN)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectBody(byte[].class).returnResult();
    }

    /** A read that needs a token but not Tavus: the status of a conversation nobody created (404 once authenticated). */
    private static WebTestClient.ResponseSpec readStatus(ConfigurableApplicationContext app, String token) {
        return client(app).get().uri("/api/v1/tavus/conversation-status/c000000000000").header("X-API-TOKEN", token)
                .exchange();
    }

    private static WebTestClient client(ConfigurableApplicationContext app) {
        var port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(TIMEOUT).build();
    }

    private static String text(EntityExchangeResult<byte[]> answer) {
        return new String(answer.getResponseBody(), StandardCharsets.UTF_8);
    }

    private static double passes(ConfigurableApplicationContext app, String outcome) {
        var counter = app.getBean(MeterRegistry.class).find("platform.jobs.passes")
                .tag("job", ReconcileScheduler.JOB).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The first column of every row {@code query} finds, straight from the shared database. */
    private static List<String> sql(String query, String parameter) throws Exception {
        var values = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
                var statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
