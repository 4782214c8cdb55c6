package com.acme.tavus.adapter.tavus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.PageRequest;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The resilience policy against a fake Tavus that misbehaves on purpose: for each fault, the port
 * error, a generous time bound, and how many requests reached Tavus (a create must never be sent
 * twice once it may have landed).
 */
class TavusResilienceTest {

    private static final String CONVERSATION = "/v2/conversations/c0123456789a";
    private static final ConversationId ID = ConversationId.of("c0123456789a");
    private static final String CREATED = """
            {"conversation_id": "c0123456789a", "conversation_url": "https://tavus.daily.co/c0123456789a",
             "status": "active"}""";
    /** The deadline in tests about deadlines; the others allow a busy machine plenty of time. */
    private static final Duration DEADLINE = Duration.ofMillis(200);
    private static final Duration GENEROUS_DEADLINE = Duration.ofSeconds(5);
    /** Later than any bound here: an answer this late only arrives if nothing cut the call off. */
    private static final Duration NEVER = Duration.ofSeconds(20);
    /** A generous bound for what must not wait for Tavus at all, on a busy machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private static final Duration BACKOFF = Duration.ofMillis(20);
    private static final Duration OPEN_WAIT = Duration.ofSeconds(30);

    private static FakeTavusServer tavus;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-13T06:00:00Z"));
    private SimpleMeterRegistry meters;
    private RetryConfig retry;
    private BulkheadConfig bulkhead;
    private Duration deadline;

    @BeforeAll
    static void startTavus() {
        tavus = FakeTavusServer.start();
        // The first call of a JVM pays for loading Netty, Jackson and Resilience4j; the time bounds
        // below are about the policy, so that cost is paid here.
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED));
        provider(tavus.baseUrl(), TavusWireTestSupport.singleAttempt()).get(ID, false).block(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopTavus() {
        tavus.close();
    }

    @BeforeEach
    void setUp() {
        tavus.reset();
        meters = new SimpleMeterRegistry();
        retry = RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(BACKOFF, 2, 0.5))
                .build();
        bulkhead = BulkheadConfig.custom().maxConcurrentCalls(2).maxWaitDuration(Duration.ZERO).build();
        deadline = GENEROUS_DEADLINE;
    }

    // --- creates: sent again only when they never left ---

    @Test
    void create_connectionRefused_isSentAgainOnceTavusListens_andCreatedOnce() {
        var nobody = FakeTavusServer.unreachableBaseUrl();
        var late = new AtomicReference<FakeTavusServer>();
        retry = RetryConfig.custom().maxAttempts(40).waitDuration(Duration.ofMillis(50)).build();
        var resilience = resilience(CircuitBreakerConfig.ofDefaults());
        // After the first refusal, Tavus comes up on that very port (started off the event loop).
        resilience.retry().getEventPublisher().onRetry(event -> Mono.fromRunnable(() -> late.compareAndSet(null,
                        FakeTavusServer.startOn(nobody.getPort(), server ->
                                server.on("POST", "/v2/conversations", FakeResponse.ok(CREATED)))))
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe());
        var provider = provider(nobody, resilience);
        try {
            StepVerifier.create(provider.create(request()))
                    .assertNext(created -> assertThat(created.id()).isEqualTo(ID))
                    .expectComplete()
                    .verify(Duration.ofSeconds(5));

            assertThat(late.get().requests()).hasSize(1);
            assertThat(count("conversation-create", "not_sent")).isGreaterThanOrEqualTo(1);
            assertThat(count("conversation-create", "success")).isEqualTo(1);
        } finally {
            if (late.get() != null) {
                late.get().close();
            }
        }
    }

    @Test
    void create_connectionRefusedEveryTime_isUnavailableAfterEveryAttempt() {
        var provider = provider(FakeTavusServer.unreachableBaseUrl(), resilience(CircuitBreakerConfig.ofDefaults()));

        expectError(provider.create(request()), ProviderException.Unavailable.class, PROMPTLY,
                e -> assertThat(e).hasMessage("Tavus could not be reached"));
        assertThat(count("conversation-create", "not_sent")).isEqualTo(3);
    }

    @Test
    void create_slowerThanItsDeadline_isTimeoutAndSentOnce() {
        deadline = DEADLINE;
        tavus.on("POST", "/v2/conversations", FakeResponse.ok(CREATED).delayedBy(NEVER));

        expectError(provider().create(request()), ProviderException.Timeout.class, DEADLINE.plus(PROMPTLY),
                e -> assertThat(e).hasMessage("Tavus did not answer in time"));
        assertThat(tavus.requests()).hasSize(1);
    }

    @Test
    void create_connectionDroppedAfterSending_isBadGatewayAndSentOnce() {
        tavus.on("POST", "/v2/conversations", FakeResponse.dropConnection());

        expectError(provider().create(request()), ProviderException.BadGateway.class, PROMPTLY,
                e -> assertThat(e).hasMessage("Tavus closed the connection without answering"));
        assertThat(tavus.requests()).hasSize(1);
    }

    @Test
    void create_resetMidBody_isBadGatewayAndSentOnce() {
        tavus.on("POST", "/v2/conversations", FakeResponse.ok(CREATED).resettingMidBody());

        expectError(provider().create(request()), ProviderException.BadGateway.class, PROMPTLY,
                e -> assertThat(e).hasMessage(TavusErrors.UNREADABLE));
        assertThat(tavus.requests()).hasSize(1);
        assertThat(count("conversation-create", "connection_lost")).isEqualTo(1);
    }

    @Test
    void create_500_isBadGatewayAndSentOnce() {
        tavus.on("POST", "/v2/conversations", FakeResponse.tavusError(500, "error", "boom at db-7.internal"));

        expectError(provider().create(request()), ProviderException.BadGateway.class, PROMPTLY,
                e -> assertThat(e).hasMessage("Tavus answered 500"));
        assertThat(tavus.requests()).hasSize(1);
    }

    // --- repeatable operations: retried with backoff after transient faults ---

    @Test
    void get_transient5xx_isRetriedUntilItSucceeds() {
        tavus.enqueue(FakeResponse.status(500), FakeResponse.text(503, "text/html", "<html>busy</html>"));
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED));

        StepVerifier.create(provider().get(ID, false))
                .assertNext(conversation -> assertThat(conversation.id()).isEqualTo(ID))
                .expectComplete()
                .verify(PROMPTLY);
        assertThat(tavus.requests()).hasSize(3);
        assertThat(count("conversation-get", "server_error")).isEqualTo(2);
        assertThat(count("conversation-get", "success")).isEqualTo(1);
    }

    @Test
    void get_slowerThanItsDeadlineEveryTime_isTimeoutAfterThreeAttempts() {
        deadline = DEADLINE;
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED).delayedBy(NEVER));

        expectError(provider().get(ID, false), ProviderException.Timeout.class,
                DEADLINE.multipliedBy(3).plus(PROMPTLY), e -> assertThat(e).hasMessage("Tavus did not answer in time"));
        assertThat(tavus.requests()).hasSize(3);
    }

    @Test
    void get_bodyStallingMidway_isCutOffByTheDeadline() {
        deadline = DEADLINE;
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED).stallingMidBody());

        expectError(provider().get(ID, false), ProviderException.Timeout.class,
                DEADLINE.multipliedBy(3).plus(PROMPTLY), e -> assertThat(e).hasMessage("Tavus did not answer in time"));
        assertThat(tavus.requests()).hasSize(3);
    }

    @Test
    void end_resetMidBodyOnce_isRetried() {
        tavus.enqueue(FakeResponse.ok("{\"status\": \"ending\"}").resettingMidBody());
        tavus.on("POST", CONVERSATION + "/end", FakeResponse.status(200));

        StepVerifier.create(provider().end(ID)).expectComplete().verify(PROMPTLY);
        assertThat(tavus.requests()).hasSize(2);
    }

    @Test
    void get_malformedJson_isBadGatewayWithoutRetry() {
        tavus.on("GET", CONVERSATION, FakeResponse.ok("{\"conversation_id\": \"c0123456789a\", \"status\": "));

        expectError(provider().get(ID, false), ProviderException.BadGateway.class, PROMPTLY,
                e -> assertThat(e).hasMessage(TavusErrors.UNREADABLE));
        assertThat(tavus.requests()).hasSize(1);
        assertThat(count("conversation-get", "unreadable")).isEqualTo(1);
    }

    @Test
    void list_oversizedBody_isBadGatewayWithoutRetry() {
        var huge = "{\"data\": [], \"padding\": \"" + "x".repeat(4 * TavusWireTestSupport.MAX_RESPONSE_BYTES) + "\"}";
        tavus.on("GET", "/v2/conversations", FakeResponse.ok(huge));

        expectError(provider().list(new ConversationFilter(PageRequest.defaults(), null)), ProviderException.BadGateway.class,
                PROMPTLY, e -> assertThat(e).hasMessage(TavusErrors.UNREADABLE));
        assertThat(tavus.requests()).hasSize(1);
    }

    @Test
    void get_404_isNotRetried() {
        tavus.on("GET", CONVERSATION, FakeResponse.tavusError(400, "error", "Invalid conversation_id"));

        StepVerifier.create(provider().get(ID, false))
                .expectError(com.acme.tavus.application.shared.NotFoundException.class)
                .verify(PROMPTLY);
        assertThat(tavus.requests()).hasSize(1);
    }

    // --- 429: passed through, never retried, never opens the circuit ---

    @Test
    void rateLimited_isPassedOnWithItsRetryAfter_withoutRetryOrOpeningTheCircuit() {
        var resilience = resilience(smallWindow());
        var provider = provider(tavus.baseUrl(), resilience);
        tavus.on("GET", CONVERSATION, FakeResponse.tavusError(429, "error", "Slow down").withHeader("Retry-After", "7"));
        tavus.on("GET", "/v2/conversations", FakeResponse.status(429));

        for (var i = 0; i < 6; i++) {
            expectError(provider.get(ID, false), ProviderException.RateLimited.class, PROMPTLY,
                    e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
        }
        expectError(provider.list(new ConversationFilter(PageRequest.defaults(), null)),
                ProviderException.RateLimited.class, PROMPTLY, e -> assertThat(e.retryAfter()).isEmpty());

        assertThat(tavus.requests()).hasSize(7);
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(resilience.circuitBreaker().getMetrics().getNumberOfBufferedCalls()).isZero();
    }

    // --- circuit breaker ---

    @Test
    void circuit_opensOnA5xxBurst_failsFastWhileOpen_thenProbesAndCloses() {
        var resilience = resilience(smallWindow());
        var provider = provider(tavus.baseUrl(), resilience);
        tavus.on("POST", "/v2/conversations", FakeResponse.status(502));
        for (var i = 0; i < 4; i++) {
            expectError(provider.create(request()), ProviderException.BadGateway.class, PROMPTLY, e -> { });
        }
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(tavus.requests()).hasSize(4);

        // Open: no request leaves, and the client learns when to come back.
        expectError(provider.get(ID, false), ProviderException.Unavailable.class, PROMPTLY, e -> {
            assertThat(e).hasMessage(TavusResilience.CIRCUIT_OPEN);
            assertThat(e.retryAfter()).contains(OPEN_WAIT);
        });
        clock.advance(Duration.ofSeconds(10));
        expectError(provider.create(request()), ProviderException.Unavailable.class, PROMPTLY,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(20)));
        assertThat(resilience.openFor()).contains(Duration.ofSeconds(20));
        assertThat(tavus.requests()).hasSize(4);

        // The wait is over: the next call is a probe; Tavus has recovered, so the circuit closes.
        clock.advance(Duration.ofSeconds(21));
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED));
        StepVerifier.create(provider.get(ID, false)).expectNextCount(1).expectComplete().verify(PROMPTLY);
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(resilience.openFor()).isEmpty();
        assertThat(tavus.requests()).hasSize(5);
    }

    @Test
    void circuit_failedProbe_opensItAgainForAnotherWait() {
        deadline = DEADLINE;
        var resilience = resilience(smallWindow());
        var provider = provider(tavus.baseUrl(), resilience);
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED).delayedBy(NEVER));
        resilience.circuitBreaker().transitionToOpenState();
        clock.advance(OPEN_WAIT.plusSeconds(1));

        // The probe times out; the remaining attempts find the circuit open again and stop at once.
        expectError(provider.get(ID, false), ProviderException.Unavailable.class, DEADLINE.plus(PROMPTLY),
                e -> assertThat(e.retryAfter()).contains(OPEN_WAIT));
        assertThat(tavus.requests()).hasSize(1);
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void circuit_clientErrorsCountAsTavusBeingUp() {
        var resilience = resilience(smallWindow());
        var provider = provider(tavus.baseUrl(), resilience);
        tavus.on("POST", "/v2/conversations", FakeResponse.tavusError(400, "error", "Invalid replica_id"));

        for (var i = 0; i < 6; i++) {
            expectError(provider.create(request()), ProviderException.Rejected.class, PROMPTLY, e -> { });
        }
        assertThat(resilience.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(resilience.circuitBreaker().getMetrics().getFailureRate()).isZero();
    }

    // --- bulkhead ---

    @Test
    void bulkhead_full_failsFastWithoutCallingTavus() {
        var provider = provider();
        tavus.on("GET", CONVERSATION, FakeResponse.ok(CREATED)).holdAnswers();
        var first = provider.get(ID, false).toFuture();
        var second = provider.get(ID, false).toFuture();
        await().atMost(PROMPTLY).until(() -> tavus.requests().size() == 2);

        expectError(provider.get(ID, false), ProviderException.Unavailable.class, PROMPTLY, e -> {
            assertThat(e).hasMessage(TavusResilience.BUSY);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        });
        assertThat(tavus.requests()).hasSize(2);

        tavus.releaseAnswers();
        await().atMost(PROMPTLY).until(() -> first.isDone() && second.isDone());
        assertThat(first).isCompletedWithValueMatching(conversation -> conversation.id().equals(ID));
        assertThat(second).isCompletedWithValueMatching(conversation -> conversation.id().equals(ID));
    }

    // --- construction ---

    @Test
    void fromRegistries_prefersTheConfigurationNamedTavus() {
        var circuitBreakers = CircuitBreakerRegistry.of(Map.of("tavus", smallWindow()));

        var resilience = TavusResilience.fromRegistries(circuitBreakers, BulkheadRegistry.ofDefaults(),
                RetryRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(),
                TavusTimeouts.uniform(GENEROUS_DEADLINE), meters);

        assertThat(resilience.circuitBreaker().getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(4);
        assertThat(circuitBreakers.find("tavus")).containsSame(resilience.circuitBreaker());
    }

    @Test
    void fromRegistries_refusesABulkheadThatWaits_andAnInstanceBuiltWithoutItsRules() {
        var waiting = BulkheadRegistry.of(BulkheadConfig.custom().maxWaitDuration(Duration.ofMillis(10)).build());
        assertThatThrownBy(() -> TavusResilience.fromRegistries(CircuitBreakerRegistry.ofDefaults(), waiting,
                RetryRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(),
                TavusTimeouts.uniform(GENEROUS_DEADLINE), meters))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-wait-duration must be 0");

        var claimed = CircuitBreakerRegistry.ofDefaults();
        claimed.circuitBreaker("tavus");
        assertThatThrownBy(() -> TavusResilience.fromRegistries(claimed, BulkheadRegistry.ofDefaults(),
                RetryRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(),
                TavusTimeouts.uniform(GENEROUS_DEADLINE), meters))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("configs.tavus");
    }

    @Test
    void timeouts_areSetPerOperation_andUnknownNamesAreRejected() {
        var timeouts = TavusTimeouts.byName(Duration.ofSeconds(10), Map.of("conversation-create", Duration.ofSeconds(30),
                "personapatch", Duration.ofSeconds(20))); // as an environment variable names it
        var resilience = TavusResilience.fromRegistries(CircuitBreakerRegistry.ofDefaults(), BulkheadRegistry.ofDefaults(),
                RetryRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(), timeouts, meters);

        assertThat(resilience.deadline(TavusOperation.CONVERSATION_CREATE)).isEqualTo(Duration.ofSeconds(30));
        assertThat(resilience.deadline(TavusOperation.PERSONA_PATCH)).isEqualTo(Duration.ofSeconds(20));
        assertThat(resilience.deadline(TavusOperation.PERSONA_GET)).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> TavusTimeouts.byName(Duration.ofSeconds(10), Map.of("conversation-craete", Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conversation-craete").hasMessageContaining("conversation-create");
    }

    @Test
    void operations_onlyReadsDeletesAndEndAreRepeatable() {
        for (var operation : TavusOperation.values()) {
            var name = operation.operationName();
            var safe = name.endsWith("-get") || name.endsWith("-list") || name.endsWith("-delete") || name.endsWith("-end");
            assertThat(operation.repeatable()).as(name).isEqualTo(safe);
        }
    }

    private CircuitBreakerConfig smallWindow() {
        return CircuitBreakerConfig.custom()
                .slidingWindow(4, 4, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(50)
                .waitDurationInOpenState(OPEN_WAIT)
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .build();
    }

    private TavusResilience resilience(CircuitBreakerConfig circuitBreaker) {
        return TavusResilience.fromRegistries(CircuitBreakerRegistry.of(circuitBreaker), BulkheadRegistry.of(bulkhead),
                RetryRegistry.of(retry), TimeLimiterRegistry.ofDefaults(), TavusTimeouts.uniform(deadline), meters);
    }

    private TavusHttpConversationProvider provider() {
        return provider(tavus.baseUrl(), resilience(CircuitBreakerConfig.ofDefaults()));
    }

    private static TavusHttpConversationProvider provider(URI baseUrl, TavusResilience resilience) {
        return new TavusHttpConversationProvider(new TavusCalls(TavusWireTestSupport.client(baseUrl), resilience));
    }

    private long count(String operation, String outcome) {
        var timer = meters.find(TavusResilience.METER).tag("operation", operation).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private static ConversationRequest request() {
        return new ConversationRequest(ReplicaId.of("re8e740a42"), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Fails with {@code type} within {@code bound}; its message never shows where Tavus lives. */
    private static <E extends Throwable> void expectError(Mono<?> call, Class<E> type, Duration bound, Consumer<E> check) {
        var started = System.nanoTime();
        StepVerifier.create(call)
                .expectErrorSatisfies(e -> {
                    assertThat(e).asInstanceOf(InstanceOfAssertFactories.type(type)).satisfies(check);
                    assertThat(e.getMessage()).doesNotContain("127.0.0.1").doesNotContainIgnoringCase("exception");
                })
                .verify(bound.plus(NEVER));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to fail").isLessThan(bound);
    }
}
