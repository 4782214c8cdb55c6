package com.acme.tavus.bootstrap.e2e;

import static com.acme.tavus.adapter.persistence.jooq.Tables.IDEMPOTENCY_KEYS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.JooqSettings;
import com.acme.tavus.adapter.persistence.idempotency.JooqIdempotencyRecords;
import com.acme.tavus.application.idempotency.IdempotencyService;
import com.acme.tavus.application.idempotency.IdempotencySettings;
import com.acme.tavus.application.idempotency.port.in.HandleIdempotentRequestUseCase.IdempotentRequest;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.testing.contract.Concurrently;
import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * Idempotency keys through the whole application in sandbox mode: concurrent repeats create one
 * conversation and get one answer, a reused key is refused, and the remembered answer lives in the
 * database, where a fresh adapter and service (as after a restart, or on another instance) find
 * and replay it.
 */
@SandboxApplicationTest
class SandboxIdempotencyEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    DSLContext dsl;

    @Autowired
    DataSource dataSource;

    @Test
    void twoConcurrentRequestsWithOneKey_createOneConversation_andGetTheSameAnswer() throws Exception {
        var key = UUID.randomUUID().toString();
        var name = "Idempotent " + key;
        var body = "{\"replica_id\": \"re8e740a42\", \"persona_id\": \"p24293d6\", \"conversation_name\": \"" + name + "\"}";

        var answers = Concurrently.times(2, () -> createConversation(key, body), TIMEOUT);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus().value()).isEqualTo(200));
        assertThat(new String(answers.get(0).getResponseBody(), StandardCharsets.UTF_8))
                .isEqualTo(new String(answers.get(1).getResponseBody(), StandardCharsets.UTF_8))
                .contains("\"conversation_name\":\"" + name + "\"");
        assertThat(answers).filteredOn(a -> "true".equals(a.getResponseHeaders().getFirst("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(dsl.fetchCount(TAVUS_CONVERSATIONS, TAVUS_CONVERSATIONS.CONVERSATION_NAME.eq(name))).isEqualTo(1);
    }

    @Test
    void sameKeyWithADifferentBody_is422() {
        var key = UUID.randomUUID().toString();
        createConversation(key, "{\"replica_id\": \"re8e740a42\", \"conversation_name\": \"First\"}");

        var refused = createConversation(key, "{\"replica_id\": \"re8e740a42\", \"conversation_name\": \"Second\"}");

        assertThat(refused.getStatus().value()).isEqualTo(422);
        assertThat(new String(refused.getResponseBody(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"error\":\"Idempotency-Key '" + key + "' was used with a different request; "
                        + "send a new key for a new request\"}");
    }

    @Test
    void onboardingCreate_withAKey_opensOneCall() {
        var key = UUID.randomUUID().toString();
        var email = "idem-" + key + "@example.com";
        var body = """
                {"email": "%s", "first_name": "Ida", "last_name": "Em"  // Optional comment
                }""".formatted(email);

        var first = post("/api/v1/tavus/create-conversation", key, body);
        var again = post("/api/v1/tavus/create-conversation", key, body);

        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(again.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(dsl.fetchCount(TAVUS_CONVERSATIONS, TAVUS_CONVERSATIONS.EMAIL.eq(email))).isEqualTo(1);
    }

    @Test
    void theAnswerIsKeptInTheDatabase_andReplayedByAFreshInstance_withoutServingTheRequest() {
        var key = UUID.randomUUID().toString();
        var served = createConversation(key, "{\"replica_id\": \"re8e740a42\", \"conversation_name\": \"Restart\"}");
        assertThat(dsl.fetchCount(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key)
                .and(IDEMPOTENCY_KEYS.STATE.eq("completed")))).isEqualTo(1);

        // What a restarted (or another) instance has: its own jOOQ context and service over the same database.
        var restartedRecords = new JooqIdempotencyRecords(
                DSL.using(dataSource, SQLDialect.H2, JooqSettings.platformDefaults()));
        var restarted = new IdempotencyService(restartedRecords,
                new IdempotencySettings(Duration.ofHours(24), Duration.ofMinutes(2), Duration.ofSeconds(1)),
                IdGenerator.randomUuids(), Clock.systemUTC());
        var stored = restartedRecords.find(new Actor("ci-team"), IdempotencyKey.of(key)).block(TIMEOUT);

        var replay = restarted.handle(new IdempotentRequest(new Actor("ci-team"), IdempotencyKey.of(key),
                        stored.fingerprint()),
                () -> Mono.error(new AssertionError("a remembered request must not be served again")))
                .block(TIMEOUT);

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.response().status()).isEqualTo(200);
        assertThat(replay.response().body()).isEqualTo(served.getResponseBody());
    }

    private EntityExchangeResult<byte[]> createConversation(String key, String body) {
        return post("/tavus-api-calls/conversations/", key, body);
    }

    private EntityExchangeResult<byte[]> post(String path, String key, String body) {
        return http.post().uri(path)
                .header("X-API-TOKEN", "FOOBAR1")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(byte[].class)
                .returnResult();
    }
}
