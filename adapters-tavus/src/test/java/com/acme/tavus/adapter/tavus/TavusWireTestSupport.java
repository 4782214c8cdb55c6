package com.acme.tavus.adapter.tavus;

import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Shared set-up for tests that talk to {@link FakeTavusServer} through a real Tavus client. */
final class TavusWireTestSupport {

    static final String API_KEY = "tvs-test-key-0123456789abcdef";
    /**
     * The deadline of every call in wire tests: generous, because it also covers the first call's
     * warm-up (class loading, codec set-up) on a busy machine.
     */
    static final Duration DEADLINE = Duration.ofSeconds(5);
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TavusWireTestSupport() {}

    static TavusClientSettings settings(URI baseUrl) {
        return new TavusClientSettings(baseUrl, API_KEY, Duration.ofSeconds(2), MAX_RESPONSE_BYTES);
    }

    static WebClient client(URI baseUrl) {
        return TavusWebClients.create(WebClient.builder(), settings(baseUrl));
    }

    /**
     * Calls under a policy that tries once, with {@link #DEADLINE} as every deadline: wire tests
     * check one exchange and its translation; the policy has tests of its own.
     */
    static TavusCalls calls(URI baseUrl) {
        return calls(baseUrl, TavusTimeouts.uniform(DEADLINE));
    }

    static TavusCalls calls(URI baseUrl, TavusTimeouts timeouts) {
        return new TavusCalls(client(baseUrl), singleAttempt(timeouts));
    }

    static TavusResilience singleAttempt() {
        return singleAttempt(TavusTimeouts.uniform(DEADLINE));
    }

    private static TavusResilience singleAttempt(TavusTimeouts timeouts) {
        return TavusResilience.fromRegistries(CircuitBreakerRegistry.ofDefaults(), BulkheadRegistry.ofDefaults(),
                RetryRegistry.of(RetryConfig.custom().maxAttempts(1).build()), TimeLimiterRegistry.ofDefaults(),
                timeouts, new SimpleMeterRegistry());
    }

    static TavusHttpConversationProvider provider(FakeTavusServer server) {
        return new TavusHttpConversationProvider(calls(server.baseUrl()));
    }

    static Map<String, Object> json(String body) {
        return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
    }
}
