package com.acme.tavus.adapter.tavus;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.support.BlockHoundInstaller;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.PageRequest;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * With BlockHound watching (installed for the whole run by {@link BlockHoundInstaller}), many calls
 * at once run into every fault the policy handles (retries with backoff, deadlines, a full
 * bulkhead, an open circuit): nothing may block a Netty event loop or a Reactor timer thread.
 */
class TavusCallsBlockHoundTest {

    private static FakeTavusServer tavus;

    @BeforeAll
    static void startTavus() {
        tavus = FakeTavusServer.start();
    }

    @AfterAll
    static void stopTavus() {
        tavus.close();
    }

    @Test
    void aBlockingMapper_isCaught() {
        tavus.on("GET", "/v2/conversations/csleepy", FakeResponse.ok("{\"conversation_id\": \"csleepy\"}"));
        var calls = TavusWireTestSupport.calls(tavus.baseUrl());
        var before = BlockHoundInstaller.violations().size();

        StepVerifier.create(calls.fetch(TavusOperation.CONVERSATION_GET, TavusTarget.item("conversation", "csleepy"),
                        web -> web.get().uri("/conversations/csleepy"), ConversationResponse.class, response -> {
                            sleep();
                            return response;
                        }))
                .expectError(ProviderException.BadGateway.class)
                .verify(Duration.ofSeconds(10));
        assertThat(since(before)).anyMatch(method -> method.contains("sleep"));
    }

    @Test
    void everyFaultAtOnce_blocksNothing() {
        tavus.on("GET", "/v2/conversations/c5xx\\d+", FakeResponse.status(503));
        tavus.on("GET", "/v2/conversations/cslow\\d+", FakeResponse.ok("{}").delayedBy(Duration.ofSeconds(2)));
        tavus.on("GET", "/v2/conversations/creset\\d+", FakeResponse.ok("{\"conversation_id\": \"x\"}").resettingMidBody());
        tavus.on("GET", "/v2/conversations", FakeResponse.ok("{\"data\": []}"));
        var resilience = TavusResilience.fromRegistries(
                CircuitBreakerRegistry.of(CircuitBreakerConfig.custom().slidingWindowSize(100).minimumNumberOfCalls(100).build()),
                BulkheadRegistry.of(BulkheadConfig.custom().maxConcurrentCalls(4).maxWaitDuration(Duration.ZERO).build()),
                RetryRegistry.of(RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(10)).build()),
                TimeLimiterRegistry.ofDefaults(),
                // Short for the slow gets, generous for the lists that must succeed on a busy machine.
                new TavusTimeouts(Duration.ofSeconds(5), Map.of(TavusOperation.CONVERSATION_GET, Duration.ofMillis(200))),
                new SimpleMeterRegistry());
        var provider = new TavusHttpConversationProvider(new TavusCalls(TavusWireTestSupport.client(tavus.baseUrl()), resilience));
        var kinds = List.of("c5xx", "cslow", "creset");
        var before = BlockHoundInstaller.violations().size();

        // Every fault with as many calls as permits; then twice as many slow calls as permits; then an open circuit.
        var faults = Flux.range(0, 20)
                .flatMap(i -> outcome(i % 4 == 3 ? provider.list(new ConversationFilter(PageRequest.defaults(), null))
                        : provider.get(ConversationId.of(kinds.get(i % 4) + i), false)), 4);
        var overflow = Flux.range(100, 8).flatMap(i -> outcome(provider.get(ConversationId.of("cslow" + i), false)), 8);
        var open = Mono.defer(() -> {
            resilience.circuitBreaker().transitionToOpenState();
            return outcome(provider.get(ConversationId.of("c5xx99"), false));
        });
        var outcomes = faults.concatWith(overflow).concatWith(open).collectList().block(Duration.ofSeconds(30));

        assertThat(outcomes).hasSize(29).contains("ok", "BadGateway", "Timeout", "Unavailable");
        assertThat(since(before)).isEmpty();
    }

    private static List<String> since(int before) {
        var all = BlockHoundInstaller.violations();
        return List.copyOf(all.subList(before, all.size()));
    }

    private static Mono<String> outcome(Mono<?> call) {
        return call.map(done -> "ok")
                .onErrorResume(ProviderException.class, e -> Mono.just(e.getClass().getSimpleName()));
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
