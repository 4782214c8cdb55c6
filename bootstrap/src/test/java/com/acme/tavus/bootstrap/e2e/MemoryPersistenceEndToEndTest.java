package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.adapter.memory.MemoryApiTokenStore;
import com.acme.tavus.adapter.memory.MemoryConversationRecords;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole service with {@code platform.persistence=memory} (ADR 0015): no DataSource, Liquibase or
 * jOOQ in the context, the in-memory adapter behind every persistence port, and the onboarding flow
 * (create, callbacks, end, status) working end to end in sandbox mode.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "platform.persistence=memory",
        "platform.api-tokens=ci-team:FOOBAR1",
        "tavus.api-key="})
@AutoConfigureWebTestClient(timeout = "30s")
class MemoryPersistenceEndToEndTest {

    private static final Duration ASYNC = Duration.ofSeconds(20);

    @Autowired
    WebTestClient http;

    @Autowired
    ApplicationContext context;

    @Autowired
    ConversationRecords records;

    @Test
    void noDatabaseIsConfigured_andTheMemoryAdapterServesThePorts() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DSLContext.class)).isEmpty();
        assertThat(context.containsBean("liquibase")).isFalse();
        assertThat(records).isInstanceOf(MemoryConversationRecords.class);
        assertThat(context.getBean(ApiTokenStore.class)).isInstanceOf(MemoryApiTokenStore.class);
    }

    @Test
    void onboarding_createCallbacksEndStatus_withoutADatabase() {
        var created = http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"Memory.User@example.com\", \"first_name\": \"Mem\", \"last_name\": \"Ory\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("conversation_id");
        var record = records.findByConversationId(new ConversationId(id)).block(ASYNC);
        assertThat(record.email()).isEqualTo("Memory.User@example.com");
        // The same address in another case is the same onboarding user, the one the record links to.
        var user = context.getBean(OnboardingUsers.class).findOrCreate(
                new OnboardingUser(UUID.randomUUID(), "memory.user@EXAMPLE.com", "Other", "Person", Instant.now(),
                        Instant.now()))
                .block(ASYNC);
        assertThat(record.userId()).isEqualTo(user.id());

        await().atMost(ASYNC).untilAsserted(() -> assertThat(status(id)).isEqualTo(TrackingStatus.ACTIVE));

        http.post().uri("/tavus-api-calls/conversations/{id}/end/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk();

        await().atMost(ASYNC).untilAsserted(() -> {
            var ended = records.findByConversationId(new ConversationId(id)).block(ASYNC);
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
                .jsonPath("$.is_completed").isEqualTo(true);
    }

    private TrackingStatus status(String id) {
        return records.findByConversationId(new ConversationId(id)).block(ASYNC).status();
    }
}
