package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.tavus.TavusClientSettings;
import com.acme.tavus.adapter.tavus.TavusHttpConversationProvider;
import com.acme.tavus.adapter.tavus.TavusWebClients;
import com.acme.tavus.adapter.tavus.sandbox.SandboxCallbackSender;
import com.acme.tavus.adapter.tavus.sandbox.SandboxConversationProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxSettings;
import com.acme.tavus.adapter.tavus.sandbox.SandboxTavus;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Chooses the Tavus provider adapters. Exactly one of the two nested configurations applies: the
 * sandbox when no {@code TAVUS_API_KEY} is set, the HTTP client otherwise.
 */
@Configuration(proxyBeanMethods = false)
class TavusProviderConfiguration {

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
            var settings = new TavusClientSettings(tavus.baseUrl(), tavus.apiKey(), tavus.connectTimeout(),
                    tavus.responseTimeout(), tavus.maxResponseBytes());
            // Boot's shared builder is a prototype with the app's codecs and observation; the
            // adapter replaces the codecs with Tavus's snake_case ones.
            return TavusWebClients.create(builders.getIfAvailable(WebClient::builder), settings);
        }

        @Bean
        ConversationProvider conversationProvider(WebClient tavusWebClient) {
            return new TavusHttpConversationProvider(tavusWebClient);
        }
    }
}
