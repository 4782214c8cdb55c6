package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Keeps {@code docs/openapi.json}, the OpenAPI description teams generate clients from, equal to
 * what the application serves: fails when the committed file is stale. With
 * {@code -Dopenapi.export=true} it writes the file instead (see {@link OpenApiExport#REFRESH_COMMAND});
 * under {@code CI=true} it only ever compares, so a build server cannot quietly accept a change.
 */
@SandboxApplicationTest
class OpenApiExportTest {

    @Autowired
    WebTestClient http;

    @Test
    void committedOpenApiDocument_isWhatTheApplicationServes() {
        var served = OpenApiExport.fetch(http);
        assertThat(served).as("the export holds no run-dependent server URL")
                .doesNotContain("http://localhost", "\"servers\"");

        if (exportRequested() && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            OpenApiExport.write(served);
            LoggerFactory.getLogger(OpenApiExportTest.class).info("Wrote {}", OpenApiExport.committedFile());
            return;
        }
        var difference = OpenApiExport.difference(OpenApiExport.committed(), served);
        if (difference != null) {
            fail(difference);
        }
    }

    private static boolean exportRequested() {
        return Boolean.parseBoolean(System.getProperty("openapi.export"));
    }
}
