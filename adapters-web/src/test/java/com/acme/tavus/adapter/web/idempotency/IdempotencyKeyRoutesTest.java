package com.acme.tavus.adapter.web.idempotency;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.ApiResponses.json;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TEAM_B_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.InMemoryIdempotencyRecords;
import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.idempotency.IdempotencyRecord;
import com.acme.tavus.domain.idempotency.RequestFingerprint;
import com.acme.tavus.domain.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code Idempotency-Key} at the HTTP edge, over the real service and the in-memory records. */
@WebLayerTest
class IdempotencyKeyRoutesTest {

    private static final String CONVERSATIONS = "/tavus-api-calls/conversations/";
    private static final String CREATE = """
            {"replica_id": "r79e1c033f", "conversation_name": "Idempotent call", "properties": {"max_call_duration": 60}}""";
    /** The same request, written differently: members in another order, other spacing. */
    private static final String CREATE_REFORMATTED = """
            {
              "properties": {"max_call_duration":60},
              "conversation_name":"Idempotent call",
              "replica_id":"r79e1c033f"
            }""";
    private static final String INVALID_KEY =
            "Idempotency-Key: must be 1 to 255 visible ASCII characters (no spaces), such as a UUID";

    @Autowired
    WebTestClient client;

    @Autowired
    ScriptedConversationProvider provider;

    @Autowired
    InMemoryIdempotencyRecords records;

    @BeforeEach
    void resetProvider() {
        provider.reset();
    }

    @Test
    void sameRequestAgain_isAnsweredWithTheFirstAnswer_andTavusIsCalledOnce() {
        var key = newKey();
        var first = create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk()
                .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER)
                .expectBody(byte[].class).returnResult();

        var again = create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk()
                .expectHeader().valueEquals(IdempotencyKeyFilter.REPLAYED_HEADER, "true")
                .expectHeader().valueEquals("X-Tavus-Mode", "sandbox")
                .expectHeader().contentType(first.getResponseHeaders().getContentType())
                .expectBody(byte[].class).returnResult();

        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(json(new String(first.getResponseBody())).path("conversation_id").asString()).startsWith("c");
        assertThat(provider.calls()).containsExactly("create");
    }

    @Test
    void bothSlashFormsAndAnyJsonFormatting_areTheSameRequest() {
        var key = newKey();
        var first = body(create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk());

        var again = create(TOKEN, key, "/tavus-api-calls/conversations", CREATE_REFORMATTED).expectStatus().isOk()
                .expectHeader().valueEquals(IdempotencyKeyFilter.REPLAYED_HEADER, "true");

        assertThat(body(again)).isEqualTo(first);
        assertThat(provider.calls()).containsExactly("create");
    }

    @Test
    void sameKeyWithADifferentBody_is422_andNothingIsCreated() {
        var key = newKey();
        create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk();

        expectError(create(TOKEN, key, CONVERSATIONS, CREATE.replace("Idempotent call", "Another call")), 422,
                "Idempotency-Key '" + key + "' was used with a different request; send a new key for a new request");
        assertThat(provider.calls()).containsExactly("create");
    }

    @Test
    void sameKeyOnAnotherCreateRoute_is422() {
        var key = newKey();
        create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk();

        create(TOKEN, key, "/tavus-api-calls/personas/", CREATE).expectStatus().isEqualTo(422);
    }

    @Test
    void anotherTeamsSameKey_isTheirs_andNeverGetsTheFirstTeamsAnswer() {
        var key = newKey();
        var mine = body(create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk());

        var theirs = create(TEAM_B_TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk()
                .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER);

        assertThat(body(theirs)).isNotEqualTo(mine);
        assertThat(provider.calls()).containsExactly("create", "create");
    }

    @Test
    void withoutTheHeader_everyCallCreates() {
        client.post().uri(CONVERSATIONS).header("X-API-TOKEN", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CREATE).exchange().expectStatus().isOk();
        client.post().uri(CONVERSATIONS).header("X-API-TOKEN", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CREATE).exchange().expectStatus().isOk();

        assertThat(provider.calls()).containsExactly("create", "create");
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "caf\u00e9", "\t"})
    void malformedKey_is400NamingTheHeader_andNothingIsCreated(String key) {
        expectError(create(TOKEN, key, CONVERSATIONS, CREATE), 400, INVALID_KEY);
        assertThat(provider.calls()).isEmpty();
    }

    @Test
    void tooLongOrEmptyKey_is400() {
        expectError(create(TOKEN, "k".repeat(256), CONVERSATIONS, CREATE), 400, INVALID_KEY);
        expectError(create(TOKEN, "", CONVERSATIONS, CREATE), 400, INVALID_KEY);
        create(TOKEN, "k".repeat(255), CONVERSATIONS, CREATE).expectStatus().isOk();
    }

    @Test
    void keySentTwice_is400() {
        var twice = client.post().uri(CONVERSATIONS).header("X-API-TOKEN", TOKEN)
                .header("Idempotency-Key", newKey(), newKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CREATE).exchange();

        expectError(twice, 400, "Idempotency-Key: send exactly one key");
    }

    @Test
    void withoutAToken_is401_andNoKeyIsClaimed() {
        var key = newKey();
        client.post().uri(CONVERSATIONS).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CREATE).exchange().expectStatus().isUnauthorized();

        assertThat(records.all()).noneMatch(record -> record.key().value().equals(key));
    }

    @Test
    void afterATavusFailure_theKeyIsFree_andARetryCreates() {
        var key = newKey();
        provider.failNextCall(new ProviderException.Unavailable("Tavus is unavailable", Duration.ofSeconds(7)));
        create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "7");
        assertThat(records.all()).noneMatch(record -> record.key().value().equals(key));

        create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk()
                .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER);

        assertThat(provider.calls()).containsExactly("create", "create");
    }

    @Test
    void afterAValidationError_theKeyIsFree_forTheCorrectedRequest() {
        var key = newKey();
        expectError(create(TOKEN, key, CONVERSATIONS, CREATE.replace("60}", "0}")), 400,
                "properties.max_call_duration: must be greater than or equal to 1");

        create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk();
        create(TOKEN, key, CONVERSATIONS, CREATE).expectStatus().isOk()
                .expectHeader().valueEquals(IdempotencyKeyFilter.REPLAYED_HEADER, "true");
        assertThat(provider.calls()).containsExactly("create");
    }

    @Test
    void onAPostThatCreatesNothing_theHeaderIsIgnored() {
        var id = json(body(create(TOKEN, newKey(), CONVERSATIONS, CREATE).expectStatus().isOk()))
                .path("conversation_id").asString();
        var key = newKey();

        for (var i = 0; i < 2; i++) {
            client.post().uri(CONVERSATIONS + id + "/end/").header("X-API-TOKEN", TOKEN).header("Idempotency-Key", key)
                    .exchange().expectStatus().isOk()
                    .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER);
        }
        client.post().uri(CONVERSATIONS + id + "/end/").header("X-API-TOKEN", TOKEN).header("Idempotency-Key", "not valid")
                .exchange().expectStatus().isOk();

        assertThat(provider.calls()).containsExactly("create", "end " + id, "end " + id, "end " + id);
        assertThat(records.all()).noneMatch(record -> record.key().value().equals(key));
    }

    @Test
    void repeatWhileTheFirstIsStillInProgress_waitsThenIs409WithRetryAfter() {
        var key = newKey();
        records.claim(IdempotencyRecord.claim(new Actor("team-a"), IdempotencyKey.of(key),
                RequestFingerprint.of("POST", "/tavus-api-calls/conversations",
                        CanonicalBody.of(CREATE.getBytes(StandardCharsets.UTF_8))),
                UUID.randomUUID(), Instant.now(), Duration.ofHours(24), Duration.ofMinutes(2))).block();

        var started = System.nanoTime();
        expectError(create(TOKEN, key, CONVERSATIONS, CREATE).expectHeader().valueEquals("Retry-After", "1"), 409,
                "A request with Idempotency-Key '" + key + "' is still in progress; retry later to get its answer");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(IdempotencyWebTestBeans.MAX_WAIT);
        expectError(create(TOKEN, key, CONVERSATIONS, CREATE_REFORMATTED.replace("60", "61")), 422,
                "Idempotency-Key '" + key + "' was used with a different request; send a new key for a new request");
        assertThat(provider.calls()).isEmpty();
    }

    static Stream<Arguments> createRoutes() {
        return Stream.of(
                Arguments.of("/tavus-api-calls/personas/", "{\"persona_name\": \"Idem\", \"system_prompt\": \"Be brief.\"}"),
                Arguments.of("/tavus-api-calls/personas", "{\"persona_name\": \"Idem\", \"system_prompt\": \"Be brief.\"}"),
                Arguments.of("/tavus-api-calls/replicas/",
                        "{\"train_video_url\": \"https://my-bucket.s3.amazonaws.com/training.mp4\"}"),
                Arguments.of("/tavus-api-calls/documents/", "{\"document_url\": \"https://docs.example.com/a.pdf\"}"),
                Arguments.of("/tavus-api-calls/guardrails/", "{\"name\": \"G\", \"data\": [{\"guardrail_name\": "
                        + "\"no_diagnosis\", \"guardrail_prompt\": \"Never give a diagnosis.\"}]}"),
                Arguments.of("/tavus-api-calls/objectives/",
                        "{\"data\": [{\"objective_name\": \"ask\", \"objective_prompt\": \"Ask.\"}]}"),
                Arguments.of("/api/v1/tavus/create-conversation", """
                        {"email": "idem@example.com", "first_name": "Ida",
                         "last_name": "Em" // a comment, as seed 000 writes one
                        }"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createRoutes")
    void everyCreateRoute_replaysItsFirstAnswer(String path, String body) {
        var key = newKey();
        var first = body(create(TOKEN, key, path, body).expectStatus().isOk()
                .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED_HEADER));

        var again = create(TOKEN, key, path, body).expectStatus().isOk()
                .expectHeader().valueEquals(IdempotencyKeyFilter.REPLAYED_HEADER, "true");

        assertThat(body(again)).isEqualTo(first);
    }

    private WebTestClient.ResponseSpec create(String token, String key, String path, String body) {
        return client.post().uri(path).header("X-API-TOKEN", token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String body(WebTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectBody(byte[].class).returnResult();
        return new String(result.getResponseBody(), StandardCharsets.UTF_8);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
