package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.tavus.sandbox.HttpSandboxCallbackSender;
import com.acme.tavus.adapter.tavus.sandbox.SandboxCallbackSender;
import com.acme.tavus.adapter.tavus.sandbox.SandboxTavus;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.conversation.port.out.TrackingCallbacks;
import com.acme.tavus.application.onboarding.port.out.CallbackSigner;
import com.acme.tavus.application.onboarding.OnboardingQueryService;
import com.acme.tavus.application.onboarding.OnboardingSettings;
import com.acme.tavus.application.onboarding.ReceiveCallbackService;
import com.acme.tavus.application.onboarding.ReconcileConversationsService;
import com.acme.tavus.application.onboarding.SignedCallbackUrls;
import com.acme.tavus.application.onboarding.StartOnboardingService;
import com.acme.tavus.application.onboarding.port.in.OnboardingQueries;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase;
import com.acme.tavus.application.onboarding.port.in.ReconcileConversationsUseCase;
import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger;
import com.acme.tavus.application.onboarding.port.out.ConversationUpdates;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.onboarding.HmacCallbackSigner;
import com.acme.tavus.application.shared.port.out.SingleRunnerLock;
import com.acme.tavus.bootstrap.onboarding.InProcessConversationUpdates;
import com.acme.tavus.bootstrap.onboarding.PollingConversationUpdates;
import com.acme.tavus.bootstrap.onboarding.ReconcileScheduler;
import com.acme.tavus.bootstrap.scheduling.SingleRunner;
import io.micrometer.core.instrument.MeterRegistry;
import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Wires video onboarding (seed 000): its use cases, their jOOQ and in-process adapters, the
 * callback signing key, the reconciler's schedule and, in sandbox mode, the sandbox's callback
 * sender. Configuration problems are reported here, once, at start.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingConfiguration {

    static final String CALLBACK_PATH = "/api/v1/tavus/callback";
    private static final int MIN_KEY_LENGTH = 32;
    private static final int SANDBOX_CALLBACK_RETRIES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingConfiguration.class);

    @Bean
    CallbackSigner callbackSigner(OnboardingProperties onboarding) {
        var configured = onboarding.callbackSigningKey();
        if (configured == null || configured.isBlank()) {
            LOG.warn("CALLBACK_SIGNING_KEY is not set: callback URLs are signed with a random key made at start, "
                    + "so callbacks for conversations created before a restart will be rejected (401). "
                    + "Set CALLBACK_SIGNING_KEY (32+ characters) in production.");
            var key = new byte[MIN_KEY_LENGTH];
            new SecureRandom().nextBytes(key);
            return new HmacCallbackSigner(key);
        }
        var key = signingKey(configured, "CALLBACK_SIGNING_KEY");
        var previous = onboarding.callbackSigningKeyPrevious();
        if (previous == null || previous.isBlank()) {
            return new HmacCallbackSigner(key);
        }
        LOG.info("CALLBACK_SIGNING_KEY_PREVIOUS is set: callback URLs signed before the last key rotation still verify");
        return new HmacCallbackSigner(key, List.of(signingKey(previous, "CALLBACK_SIGNING_KEY_PREVIOUS")));
    }

    private static byte[] signingKey(String configured, String variable) {
        var key = configured.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_KEY_LENGTH) {
            throw new IllegalStateException(variable + " must be at least " + MIN_KEY_LENGTH + " characters");
        }
        return key;
    }

    /**
     * The persona: {@code TAVUS_PERSONA_ID}; in sandbox mode, without it, the sandbox's stock
     * persona so seed 000's examples work on a fresh machine. In live mode it is required, and
     * without it the create route answers 503.
     */
    @Bean
    OnboardingSettings onboardingSettings(
            TavusProperties tavus, TavusMode mode, PublicUrls publicUrls, OnboardingProperties onboarding) {
        PersonaId persona = null;
        if (tavus.personaId() != null && !tavus.personaId().isBlank()) {
            persona = PersonaId.of(tavus.personaId().strip());
        } else if (mode == TavusMode.SANDBOX) {
            persona = PersonaId.of(SandboxTavus.STOCK_PERSONA_ID);
            LOG.info("TAVUS_PERSONA_ID is not set: onboarding uses the sandbox's stock persona {}",
                    SandboxTavus.STOCK_PERSONA_ID);
        } else {
            LOG.warn("TAVUS_PERSONA_ID is not set: POST /api/v1/tavus/create-conversation answers 503 "
                    + "until it is configured");
        }
        var replica = tavus.replicaId() == null || tavus.replicaId().isBlank()
                ? null : ReplicaId.of(tavus.replicaId().strip());
        // <BACKEND_URL>/api/v1/tavus/callback; without BACKEND_URL the local port, read when needed.
        return new OnboardingSettings(persona, replica, () -> publicUrls.resolve(CALLBACK_PATH),
                onboarding.maxCallDuration(), onboarding.reconcileGrace());
    }

    /**
     * The callback URL the proxy's conversations carry when their caller sends none, so their
     * records and status streams follow the call. Not in live mode without {@code BACKEND_URL}:
     * Tavus could not reach {@code localhost}, and the conversation would carry a useless URL.
     */
    @Bean
    TrackingCallbacks trackingCallbacks(
            CallbackSigner signatures, OnboardingSettings settings, TavusMode mode, PublicUrls publicUrls) {
        if (mode == TavusMode.LIVE && !publicUrls.isConfigured()) {
            LOG.info("BACKEND_URL is not set: conversations created through /tavus-api-calls/conversations/ "
                    + "carry no platform callback URL, so their records only move when they are ended there");
            return TrackingCallbacks.NONE;
        }
        return new SignedCallbackUrls(signatures, settings.callbackEndpoint());
    }

    /** In-process changes at once, plus a re-read of watched records for changes other instances applied (ADR 0020). */
    @Bean
    ConversationUpdates conversationUpdates(ConversationRecords records, OnboardingProperties onboarding) {
        return new PollingConversationUpdates(new InProcessConversationUpdates(), records,
                onboarding.statusPollInterval());
    }

    @Bean
    StartOnboardingUseCase startOnboardingUseCase(ConversationProvider provider, ConversationRecords records,
            OnboardingUsers users, CallbackSigner signatures, OnboardingSettings settings, IdGenerator ids,
            Clock clock) {
        return new StartOnboardingService(provider, records, users, signatures, settings, ids, clock);
    }

    @Bean
    OnboardingQueries onboardingQueries(
            ConversationRecords records, ConversationUpdates updates, OnboardingProperties onboarding) {
        return new OnboardingQueryService(records, updates, onboarding.transcriptGrace());
    }

    @Bean
    ReceiveCallbackUseCase receiveCallbackUseCase(CallbackSigner signatures, CallbackLedger ledger,
            ConversationUpdates updates, IdGenerator ids, Clock clock) {
        return new ReceiveCallbackService(signatures, ledger, updates, ids, clock);
    }

    @Bean
    ReconcileConversationsUseCase reconcileConversationsUseCase(OpenConversations open, ConversationProvider provider,
            CallbackLedger ledger, ConversationUpdates updates, OnboardingSettings settings, Clock clock) {
        return new ReconcileConversationsService(open, provider, ledger, updates, settings, clock);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "onboarding.reconcile-enabled", matchIfMissing = true)
    ReconcileScheduler reconcileScheduler(ReconcileConversationsUseCase reconcile, OnboardingProperties onboarding,
            SingleRunnerLock lock, Clock clock, ObjectProvider<MeterRegistry> meters) {
        var interval = onboarding.reconcileInterval();
        // Closed for most of an interval after each pass, so the other instances skip their ticks in
        // between; not the whole interval, so small timer and clock differences never make the
        // instance that ran the last pass skip its own next turn.
        var minimumHold = interval.minus(interval.dividedBy(10));
        var runner = new SingleRunner(lock, ReconcileScheduler.JOB, onboarding.reconcileLease(), minimumHold, clock,
                meters.getIfAvailable());
        return new ReconcileScheduler(reconcile, interval, runner);
    }

    /** In sandbox mode the simulator posts its callbacks to the platform over HTTP, like Tavus. */
    @Bean
    @Conditional(TavusMode.SandboxCondition.class)
    SandboxCallbackSender sandboxCallbackSender(
            ObjectProvider<WebClient.Builder> builders, OnboardingProperties onboarding) {
        var webClient = builders.getIfAvailable(WebClient::builder).build();
        return new HttpSandboxCallbackSender(webClient, onboarding.sandboxCallbackDelay(), SANDBOX_CALLBACK_RETRIES,
                Duration.ofMillis(200));
    }
}
