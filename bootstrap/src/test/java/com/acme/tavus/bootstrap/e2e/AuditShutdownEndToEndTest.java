package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.bootstrap.TavusPlatformApplication;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A graceful shutdown loses no audit entry: with a flush interval and batch far beyond the test,
 * the entries of the requests served are still only in memory when the application is closed, and
 * must be in {@code audit_log} afterwards. Runs its own application (not the shared test context),
 * because it shuts it down; the in-memory database outlives it ({@code DB_CLOSE_DELAY=-1}).
 */
class AuditShutdownEndToEndTest {

    private static final int REQUESTS = 7;

    @Test
    void entriesQueuedAtShutdown_areStoredBeforeTheApplicationStops() throws Exception {
        var database = "jdbc:h2:mem:audit-shutdown-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        var app = SpringApplication.run(TavusPlatformApplication.class,
                "--server.port=0", "--platform.api-tokens=shutdown-team:SHUTDOWN1", "--tavus.api-key=",
                "--spring.datasource.url=" + database, "--audit.flush-interval=1h", "--audit.batch-size=1000",
                "--onboarding.reconcile-enabled=false");
        var ids = new ArrayList<String>();
        try {
            var port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                    .responseTimeout(Duration.ofSeconds(30)).build();
            for (var i = 0; i < REQUESTS; i++) {
                var id = "shutdown-" + i + "-" + UUID.randomUUID();
                ids.add(id);
                http.post().uri("/tavus-api-calls/conversations/")
                        .header("X-API-TOKEN", "SHUTDOWN1").header("X-Request-Id", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"replica_id\": \"re8e740a42\"}")
                        .exchange()
                        .expectStatus().isOk();
            }
            assertThat(count(database)).as("nothing written before shutdown").isZero();
        } finally {
            app.close();
        }

        // The sandbox may also have called back about these conversations (POST /api/v1/tavus/callback,
        // audited too, under its own request ids): only this test's requests are counted.
        assertThat(requestIds(database)).filteredOn(id -> id.startsWith("shutdown-"))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    private static int count(String url) throws Exception {
        return requestIds(url).size();
    }

    private static ArrayList<String> requestIds(String url) throws Exception {
        var ids = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection.createStatement().executeQuery("select request_id from audit_log")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
