package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.testing.PostgresTestDatabase;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application on a real PostgreSQL (Testcontainers, or embedded PostgreSQL where no Docker
 * engine runs): Liquibase migrates an empty database at start and the generated jOOQ code, rendered
 * unquoted, reads and writes it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "platform.api-tokens=FOOBAR1", "tavus.api-key="})
@AutoConfigureWebTestClient(timeout = "30s")
// Closed with the class, while PostgreSQL still runs: left to the JVM's shutdown hooks, the server
// stopped first and the context's last audit flush waited 30 s for a connection at every exit.
@DirtiesContext
class PostgresEndToEndTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        try (var database = PostgresTestDatabase.newDatabase()) {
            registry.add("spring.datasource.url", database::getJdbcUrl);
            registry.add("spring.datasource.username", database::getUsername);
            registry.add("spring.datasource.password", database::getPassword);
        }
    }

    @Autowired
    WebTestClient http;

    @Autowired
    ConversationRecords records;

    @Test
    void createAndEnd_areRecordedInPostgres() {
        var created = http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"persona_id\": \"p24293d6\", \"conversation_name\": \"On PostgreSQL\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = ConversationId.of((String) created.get("conversation_id"));

        http.post().uri("/tavus-api-calls/conversations/{id}/end/", id.value())
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk();

        var row = records.findByConversationId(id).block();
        assertThat(row.status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(row.replicaId().value()).isEqualTo("re8e740a42");
        assertThat(row.conversationName()).isEqualTo("On PostgreSQL");
        assertThat(row.createdBy()).isEqualTo("api-token-1");
        assertThat(row.completedAt()).isNotNull();
    }
}
