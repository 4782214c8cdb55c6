package com.acme.tavus.bootstrap.e2e;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.adapter.tavus.TavusResilience;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The whole service in live mode against a fake Tavus on loopback that fails on purpose: connection
 * refused, answers past the deadline, 5xx bursts, 429 with and without {@code Retry-After}, resets
 * mid-body, malformed JSON, a body over the size cap, more concurrent calls than the bulkhead holds.
 * For each: what the client sees (status, {@code Retry-After}, an {@code {"error": ...}} without
 * upstream internals), a generous time bound, how many requests reached Tavus (a create is never
 * sent twice once it may have landed), and that nothing was recorded twice.
 *
 * <p>Deadlines, backoff, the circuit's window and the bulkhead are scaled down to milliseconds and a
 * handful of calls; the policy is the production one (ADR 0009).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "platform.api-tokens=faults:FAULTS1",
        "spring.datasource.url=jdbc:h2:mem:faults-e2e;DB_CLOSE_DELAY=-1",
        "tavus.max-response-bytes=65536",
        // Short deadlines only where a test waits for one; the rest leave a busy machine time to answer.
        "tavus.timeouts.default=5s",
        "tavus.timeouts.operations.conversation-create=1s",
        "tavus.timeouts.operations.conversation-end=300ms",
        "resilience4j.retry.configs.tavus.wait-duration=20ms",
        "resilience4j.retry.configs.tavus.exponential-max-wait-duration=100ms",
        "resilience4j.circuitbreaker.configs.tavus.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.tavus.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.tavus.wait-duration-in-open-state=2s",
        "resilience4j.circuitbreaker.configs.tavus.permitted-number-of-calls-in-half-open-state=1",
        "resilience4j.bulkhead.configs.tavus.max-concurrent-calls=2"})
@AutoConfigureWebTestClient(timeout = "30s")
class TavusFaultInjectionEndToEndTest {

    private static final String TOKEN = "FAULTS1";
    private static final String ID = "c0fa017000e1";
    private static final String CONVERSATION = "/v2/conversations/" + ID;
    private static final String CREATED = """
            {"conversation_id": "c0fa017000e1", "conversation_url": "https://tavus.daily.co/c0fa017000e1",
             "status": "active"}""";
    private static final String CREATE_BODY = "{\"replica_id\": \"r79e1c033f\", \"conversation_name\": \"Faulty\"}";
    private static final Duration CREATE_DEADLINE = Duration.ofSeconds(1);
    private static final Duration END_DEADLINE = Duration.ofMillis(300);
    /** Later than any bound here: an answer this late only arrives if nothing cut the call off. */
    private static final Duration NEVER = Duration.ofSeconds(30);
    /** A generous bound for answers that must not wait on Tavus, on a busy machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private static final String[] INTERNALS = {"127.0.0.1", "Exception", "reset", "prematurely", "x-api-key", "at db"};

    private static FakeTavusServer tavus = FakeTavusServer.start();
    private static final int TAVUS_PORT = tavus.port();

    @DynamicPropertySource
    static void pointAtFakeTavus(DynamicPropertyRegistry registry) {
        registry.add("tavus.api-key", () -> "tvs-faults-key-2c9d");
        registry.add("tavus.base-url", () -> tavus.baseUrl().toString());
    }

    @AfterAll
    static void stopFakeTavus() {
        tavus.close();
    }

    @Autowired
    IssueApiTokenUseCase issueToken;

    @Autowired
    WebTestClient http;

    @Autowired
    DSLContext dsl;

    @Autowired
    TavusResilience resilience;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    @BeforeEach
    void freshTavusAndCircuit() {
        tavus.reset();
        // Surefire's rerun of a failed test must not start behind the circuit the first run opened.
        resilience.circuitBreaker().reset();
        // The first call of the context pays for warming up; the bounds below are about the policy.
        tavus.on("GET", "/v2/conversations", FakeResponse.ok("{\"data\": []}"));
        http.get().uri("/tavus-api-calls/conversations/list/").header("X-API-TOKEN", TOKEN).exchange()
                .expectStatus().isOk();
        tavus.reset();
        resilience.circuitBreaker().reset();
    }

    @Test
    void create_tavusRefusesConnections_is503_triedOnlyBeforeSending_recordsNothing() {
        var rows = rows();
        var refusals = upstream("conversation-create", "not_sent");
        tavus.close();
        try {
            var answer = timed(PROMPTLY, () -> create().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectHeader().valueEquals("Retry-After", "5"));
            expectError(answer, "Tavus could not be reached");
            assertThat(upstream("conversation-create", "not_sent") - refusals).isEqualTo(3);
        } finally {
            tavus = FakeTavusServer.startOn(TAVUS_PORT, server -> { });
        }
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void create_slowerThanItsDeadline_is504_sentOnce_recordsNothing() {
        var rows = rows();
        tavus.on("POST", "/v2/conversations", FakeResponse.ok(CREATED).delayedBy(NEVER));

        var answer = timed(CREATE_DEADLINE.plus(PROMPTLY),
                () -> create().expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT));

        expectError(answer, "Tavus did not answer in time");
        assertThat(tavus.requests()).hasSize(1);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void end_slowerThanItsDeadline_isTriedThreeTimes_then504() {
        tavus.on("POST", CONVERSATION + "/end", FakeResponse.status(200).delayedBy(NEVER));

        var answer = timed(END_DEADLINE.multipliedBy(3).plus(PROMPTLY), () -> http.post()
                .uri("/tavus-api-calls/conversations/" + ID + "/end/").header("X-API-TOKEN", TOKEN).exchange()
                .expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT));

        expectError(answer, "Tavus did not answer in time");
        assertThat(tavus.requests()).hasSize(3);
    }

    @Test
    void fiveHundredBurst_opensTheCircuit_whichFailsFast_showsInHealth_andClosesOnceTavusRecovers() {
        var rows = rows();
        tavus.on("POST", "/v2/conversations", FakeResponse.tavusError(500, "error", "NullPointerException at db-7"));
        for (var i = 0; i < 4; i++) {
            expectError(timed(PROMPTLY, () -> create().expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)),
                    "Tavus answered 500");
        }
        assertThat(tavus.requests()).hasSize(4);
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // Open: nothing reaches Tavus, the client is told when to come back, and readiness holds.
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED));
        var open = timed(PROMPTLY, () -> get().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().valueMatches("Retry-After", "[12]"));
        expectError(open, "Tavus is failing; calls to it are paused, try again later");
        assertThat(tavus.requests()).hasSize(4);
        http.get().uri("/actuator/health").header("X-API-TOKEN", TOKEN).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        http.get().uri("/actuator/health").header("X-API-TOKEN", adminToken()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.tavus.status").isEqualTo("UP")
                .jsonPath("$.components.tavus.details.circuit").isEqualTo("OPEN")
                .jsonPath("$.components.tavus.details.retryAfterSeconds").isNumber();
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");

        // After the wait, one probe goes through; Tavus has recovered, so the circuit closes.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> get().returnResult(String.class).getStatus().is2xxSuccessful());
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(tavus.requests()).hasSize(5);
        http.get().uri("/actuator/health").header("X-API-TOKEN", adminToken()).exchange()
                .expectBody().jsonPath("$.components.tavus.details.circuit").isEqualTo("CLOSED");
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void rateLimited_is429WithTavusRetryAfter_orWithoutOne_neverRetried_andNeverOpensTheCircuit() {
        tavus.on("POST", "/v2/conversations",
                FakeResponse.tavusError(429, "error", "Too many conversations").withHeader("Retry-After", "7"));
        tavus.on("GET", CONVERSATION, FakeResponse.status(429));

        for (var i = 0; i < 5; i++) {
            var limited = timed(PROMPTLY, () -> create().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                    .expectHeader().valueEquals("Retry-After", "7"));
            expectError(limited, "Too many conversations");
        }
        var bare = timed(PROMPTLY, () -> get().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().doesNotExist("Retry-After"));
        expectError(bare, "Tavus is rate limiting requests; try again later");

        assertThat(tavus.requests()).hasSize(6);
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void create_resetMidBody_is502_sentOnce_recordsNothing() {
        var rows = rows();
        tavus.on("POST", "/v2/conversations", FakeResponse.ok(CREATED).resettingMidBody());

        expectError(timed(PROMPTLY, () -> create().expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)),
                "Tavus sent an answer the platform could not read");
        assertThat(tavus.requests()).hasSize(1);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void get_resetMidBodyEveryTime_isTriedThreeTimes_then502() {
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED).resettingMidBody());

        expectError(timed(PROMPTLY, () -> get().expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)),
                "Tavus sent an answer the platform could not read");
        assertThat(tavus.requests()).hasSize(3);
    }

    @Test
    void create_malformedJson_is502_sentOnce_recordsNothing() {
        var rows = rows();
        tavus.on("POST", "/v2/conversations", FakeResponse.ok("{\"conversation_id\": \"c0fa017000e1\", \"status\": "));

        expectError(timed(PROMPTLY, () -> create().expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)),
                "Tavus sent an answer the platform could not read");
        assertThat(tavus.requests()).hasSize(1);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void list_bodyFarOverTheSizeCap_is502_readOnlyUpToTheCap_andNotRetried() {
        var huge = "{\"data\": [], \"padding\": \"" + "x".repeat(8 * 1024 * 1024) + "\"}";
        tavus.on("GET", "/v2/conversations", FakeResponse.ok(huge));

        expectError(timed(PROMPTLY, () -> http.get().uri("/tavus-api-calls/conversations/list/")
                        .header("X-API-TOKEN", TOKEN).exchange().expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)),
                "Tavus sent an answer the platform could not read");
        assertThat(tavus.requests()).hasSize(1);
    }

    @Test
    void moreConcurrentCallsThanTheBulkheadHolds_is503WithRetryAfter_withoutCallingTavus() {
        tavus.on("GET", "/v2/replicas/r79e1c033f", FakeResponse.ok("{\"replica_id\": \"r79e1c033f\", \"status\": \"completed\"}"))
                .holdAnswers();
        var client = WebClient.create("http://127.0.0.1:" + port);
        var first = inFlightReplicaGet(client);
        var second = inFlightReplicaGet(client);
        await().atMost(PROMPTLY).until(() -> tavus.requests().size() == 2);

        var full = timed(PROMPTLY, () -> http.get().uri("/tavus-api-calls/replicas/r79e1c033f/")
                .header("X-API-TOKEN", TOKEN).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().valueEquals("Retry-After", "1"));
        expectError(full, "Too many calls to Tavus are in progress; try again shortly");
        assertThat(tavus.requests()).hasSize(2);

        tavus.releaseAnswers();
        await().atMost(PROMPTLY).until(() -> first.isDone() && second.isDone());
        assertThat(first).isCompletedWithValue(HttpStatus.OK);
        assertThat(second).isCompletedWithValue(HttpStatus.OK);
    }

    @Test
    void create_thatSucceedsAfterTheClientRetriesA504_isRecordedOnce() {
        tavus.enqueue(FakeResponse.ok(CREATED).delayedBy(NEVER));
        tavus.on("POST", "/v2/conversations", FakeResponse.ok(CREATED));

        create().expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        create().expectStatus().isOk().expectBody().jsonPath("$.conversation_id").isEqualTo(ID);

        assertThat(tavus.requests()).hasSize(2);
        assertThat(dsl.fetchCount(TAVUS_CONVERSATIONS, TAVUS_CONVERSATIONS.CONVERSATION_ID.eq(ID))).isEqualTo(1);
    }

    @Test
    void metrics_exportUpstreamLatencyAndTheStateOfEveryResilience4jPart() {
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED));
        get().expectStatus().isOk();

        assertThat(meters.get(TavusResilience.METER).tag("operation", "conversation-get").tag("outcome", "success")
                .timer().count()).isPositive();
        assertThat(meters.get("resilience4j.circuitbreaker.state").tag("name", "tavus").tag("state", "closed")
                .gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("resilience4j.circuitbreaker.calls").tag("name", "tavus").timers()).isNotEmpty();
        assertThat(meters.get("resilience4j.retry.calls").tag("name", "tavus").functionCounters()).isNotEmpty();
        assertThat(meters.get("resilience4j.bulkhead.available.concurrent.calls").tag("name", "tavus")
                .gauge().value()).isEqualTo(2.0);
        assertThat(meters.get("resilience4j.timelimiter.calls").tag("name", "tavus-conversation-get")
                .tag("kind", "successful").counter().count()).isPositive();
    }

    private WebTestClient.ResponseSpec create() {
        return http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CREATE_BODY)
                .exchange();
    }

    private WebTestClient.ResponseSpec get() {
        return http.get().uri("/tavus-api-calls/conversations/" + ID + "/").header("X-API-TOKEN", TOKEN).exchange();
    }

    private static CompletableFuture<HttpStatus> inFlightReplicaGet(WebClient client) {
        return client.get().uri("/tavus-api-calls/replicas/r79e1c033f/")
                .header("X-API-TOKEN", TOKEN)
                .exchangeToMono(response -> response.releaseBody()
                        .thenReturn(HttpStatus.valueOf(response.statusCode().value())))
                .toFuture();
    }

    /** Health details are for admin tokens only; API_TOKENS tokens never carry that scope. */
    private String adminToken() {
        return issueToken.issue(new IssueApiTokenCommand("health-reader", "platform", EnumSet.of(Scope.ADMIN), null, null),
                Actor.SYSTEM).map(IssueApiTokenUseCase.IssuedApiToken::secret).block(Duration.ofSeconds(10));
    }

    private int rows() {
        return dsl.fetchCount(TAVUS_CONVERSATIONS);
    }

    private double upstream(String operation, String outcome) {
        var timer = meters.find(TavusResilience.METER).tag("operation", operation).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    /** Runs the exchange and checks it answered within {@code bound}. */
    private static EntityExchangeResult<byte[]> timed(Duration bound,
            Supplier<WebTestClient.ResponseSpec> exchange) {
        var started = System.nanoTime();
        var result = exchange.get().expectBody().returnResult();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to answer").isLessThan(bound);
        return result;
    }

    /** The body is exactly {@code {"error": message}}, JSON, with nothing from upstream in it. */
    private static void expectError(EntityExchangeResult<byte[]> result, String message) {
        assertThat(result.getResponseHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
        var body = new String(result.getResponseBodyContent());
        assertThat(body).isEqualTo("{\"error\":\"" + message + "\"}");
        for (var internal : INTERNALS) {
            assertThat(body).doesNotContainIgnoringCase(internal);
        }
    }

}
