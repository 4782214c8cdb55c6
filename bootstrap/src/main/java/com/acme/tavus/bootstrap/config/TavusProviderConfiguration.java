package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.tavus.TavusCalls;
import com.acme.tavus.adapter.tavus.TavusClientSettings;
import com.acme.tavus.adapter.tavus.TavusHttpConversationProvider;
import com.acme.tavus.adapter.tavus.TavusResilience;
import com.acme.tavus.adapter.tavus.TavusTimeouts;
import com.acme.tavus.adapter.tavus.TavusWebClients;
import com.acme.tavus.adapter.tavus.sandbox.SandboxCallbackSender;
import com.acme.tavus.adapter.tavus.sandbox.SandboxConversationProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxSettings;
import com.acme.tavus.adapter.tavus.sandbox.SandboxTavus;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Chooses the Tavus provider adapters. Exactly one of the two nested configurations applies: the
 * sandbox when no {@code TAVUS_API_KEY} is set, the HTTP client otherwise. In live mode every call
 * goes through one {@link TavusCalls}: the client under the resilience policy (ADR 0009), whose
 * Resilience4j registries the resilience4j starter builds from {@code resilience4j.*.configs.tavus}
 * and exports as metrics.
 */
@Configuration(proxyBeanMethods = false)
class TavusProviderConfiguration {

    /** Built in both modes, so a misspelt operation under {@code tavus.timeouts.operations} fails at start. */
    @Bean
    TavusTimeouts tavusTimeouts(TavusProperties tavus) {
        return TavusTimeouts.byName(tavus.timeouts().fallback(), tavus.timeouts().operations());
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.SandboxCondition.class)
    static class Sandbox {

        @Bean
        TavusMode tavusMode() {
            return TavusMode.SANDBOX;
        }

        @Bean
        SandboxTavus sandboxTavus(Clock clock, PublicUrls publicUrls) {
            return new SandboxTavus(clock, new SandboxSettings(() -> publicUrls.resolve("/sandbox/calls")));
        }

        /** Sends callbacks to conversations' callback URLs when a sender is wired (see OnboardingConfiguration). */
        @Bean
        ConversationProvider conversationProvider(
                SandboxTavus sandboxTavus, ObjectProvider<SandboxCallbackSender> callbackSender) {
            return new SandboxConversationProvider(sandboxTavus,
                    callbackSender.getIfAvailable(() -> SandboxCallbackSender.NONE));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.LiveCondition.class)
    static class Live {

        @Bean
        TavusMode tavusMode() {
            return TavusMode.LIVE;
        }

        @Bean
        WebClient tavusWebClient(ObjectProvider<WebClient.Builder> builders, TavusProperties tavus) {
            var settings = new TavusClientSettings(tavus.baseUrl(), tavus.apiKey(), tavus.timeouts().connect(),
                    tavus.maxResponseBytes());
            // Boot's shared builder is a prototype with the app's codecs and observation; the
            // adapter replaces the codecs with Tavus's snake_case ones.
            return TavusWebClients.create(builders.getIfAvailable(WebClient::builder), settings);
        }

        @Bean
        TavusResilience tavusResilience(CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads,
                RetryRegistry retries, TimeLimiterRegistry timeLimiters, TavusTimeouts timeouts, MeterRegistry meters) {
            return TavusResilience.fromRegistries(circuitBreakers, bulkheads, retries, timeLimiters, timeouts, meters);
        }

        @Bean
        TavusCalls tavusCalls(WebClient tavusWebClient, TavusResilience tavusResilience) {
            return new TavusCalls(tavusWebClient, tavusResilience);
        }

        @Bean
        ConversationProvider conversationProvider(TavusCalls tavusCalls) {
            return new TavusHttpConversationProvider(tavusCalls);
        }

        /** Shows the circuit in {@code /actuator/health} as component {@code tavus}. */
        @Bean
        TavusHealthIndicator tavusHealthIndicator(TavusResilience tavusResilience) {
            return new TavusHealthIndicator(tavusResilience);
        }
    }
}
