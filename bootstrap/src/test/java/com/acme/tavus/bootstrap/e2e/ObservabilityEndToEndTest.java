package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.bootstrap.TavusPlatformApplication;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two switches operations use (docs/deployment.md): structured JSON logs
 * ({@code logging.structured.format.console}) and the Prometheus scrape endpoint
 * ({@code management.prometheus.metrics.export.enabled}), each tried on a running application of
 * its own (live mode against a fake Tavus, records in memory), closed with the test: the JSON logs
 * in a JVM of their own, the scrape endpoint in this one.
 */
class ObservabilityEndToEndTest {

    private static final String TAVUS_KEY = "tvs-observability-" + UUID.randomUUID();
    private static final String SIGNING_KEY = "observability-signing-key-" + UUID.randomUUID();
    private static final String TOKEN = "OBSERVE1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NETTY_STARTED = Pattern.compile("\"message\":\"Netty started on port (\\d+)");

    private FakeTavusServer tavus;
    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

    @BeforeEach
    void startTavus() {
        tavus = FakeTavusServer.start();
        tavus.on("GET", "/v2/replicas", FakeResponse.ok("{\"data\": [], \"total_count\": 0}"));
    }

    @AfterEach
    void stop() {
        apps.forEach(ConfigurableApplicationContext::close);
        tavus.close();
    }

    /**
     * In a JVM of its own: Logback is configured once per JVM, and this JVM's is already configured
     * by the test contexts that run before (and are cached).
     */
    @Test
    void jsonLogs_areOneParsableObjectPerLine_andStillCarryNoSecret() throws Exception {
        var stdout = Files.createTempFile(Path.of("target"), "json-logs", ".out");
        var stderr = Files.createTempFile(Path.of("target"), "json-logs", ".err");
        var process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TavusPlatformApplication.class.getName(),
                "--server.port=0", "--platform.persistence=memory", "--platform.api-tokens=observe-team:" + TOKEN,
                "--tavus.api-key=" + TAVUS_KEY, "--tavus.base-url=" + tavus.baseUrl(),
                "--onboarding.callback-signing-key=" + SIGNING_KEY, "--logging.structured.format.console=ecs")
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            var port = await().atMost(Duration.ofSeconds(90)).until(() -> startedPort(stdout), Objects::nonNull);
            var http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                    .responseTimeout(Duration.ofSeconds(30)).build();
            http.get().uri("/tavus-api-calls/replicas/list/").header("X-API-TOKEN", TOKEN)
                    .exchange().expectStatus().isOk();
            http.get().uri("/tavus-api-calls/replicas/list/").header("X-API-TOKEN", TOKEN + "-wrong")
                    .exchange().expectStatus().isUnauthorized();
        } finally {
            process.destroy(); // SIGTERM: a graceful shutdown, logged too
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the application stops on SIGTERM").isTrue();
        }

        try {
            var lines = Files.readAllLines(stdout).stream().filter(line -> !line.isBlank()).toList();
            var messages = new ArrayList<String>();
            for (var line : lines) {
                JsonNode event = JSON.readTree(line);
                assertThat(event.has("@timestamp")).as(line).isTrue();
                assertThat(event.path("log").path("level").asString()).as(line).isNotEmpty();
                messages.add(event.get("message").asString());
            }
            assertThat(messages).contains("API tokens configured: [observe-team]")
                    .anyMatch(message -> message.startsWith("Started TavusPlatformApplication"))
                    .anyMatch(message -> message.startsWith("Audit trail flushed at shutdown"));
            var everything = Files.readString(stdout) + Files.readString(stderr);
            assertThat(everything).doesNotContain(TAVUS_KEY).doesNotContain(SIGNING_KEY);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** The port from the JSON line announcing the web server, once it is written; else null. */
    private static Integer startedPort(Path stdout) throws Exception {
        for (var line : Files.readAllLines(stdout)) {
            var started = NETTY_STARTED.matcher(line);
            if (started.find()) {
                return Integer.valueOf(started.group(1));
            }
        }
        return null;
    }

    @Test
    void prometheus_needsTheAdminScope_andShowsTheTavusMetrics() {
        var app = start();
        var admin = adminToken(app);
        client(app).get().uri("/tavus-api-calls/replicas/list/").header("X-API-TOKEN", TOKEN)
                .exchange().expectStatus().isOk();

        client(app).get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        client(app).get().uri("/actuator/prometheus").header("X-API-TOKEN", TOKEN).exchange()
                .expectStatus().isForbidden();
        var scrape = client(app).get().uri("/actuator/prometheus").header("X-API-TOKEN", admin).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape).contains("tavus_upstream_requests").contains("audit_queue_size")
                .doesNotContain(TAVUS_KEY);
    }

    @Test
    void prometheus_switchedOff_isNotFound() {
        var app = start("--management.prometheus.metrics.export.enabled=false");

        client(app).get().uri("/actuator/prometheus").header("X-API-TOKEN", adminToken(app)).exchange()
                .expectStatus().isNotFound();
    }

    private ConfigurableApplicationContext start(String... extra) {
        var args = new ArrayList<>(List.of("--server.port=0", "--platform.persistence=memory",
                "--platform.api-tokens=observe-team:" + TOKEN, "--tavus.api-key=" + TAVUS_KEY,
                "--tavus.base-url=" + tavus.baseUrl(), "--onboarding.callback-signing-key=" + SIGNING_KEY));
        args.addAll(List.of(extra));
        var app = SpringApplication.run(TavusPlatformApplication.class, args.toArray(String[]::new));
        apps.add(app);
        return app;
    }

    private static String adminToken(ConfigurableApplicationContext app) {
        return app.getBean(IssueApiTokenUseCase.class)
                .issue(new IssueApiTokenCommand("scraper", "ops", EnumSet.of(Scope.ADMIN), null, null), Actor.SYSTEM)
                .block(Duration.ofSeconds(10)).secret();
    }

    private static WebTestClient client(ConfigurableApplicationContext app) {
        var port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
