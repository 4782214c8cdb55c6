package com.acme.tavus.adapter.web;

import com.acme.tavus.application.onboarding.OnboardingQueryService;
import com.acme.tavus.application.onboarding.OnboardingSettings;
import com.acme.tavus.application.onboarding.ReceiveCallbackService;
import com.acme.tavus.application.onboarding.StartOnboardingService;
import com.acme.tavus.application.onboarding.port.in.OnboardingQueries;
import com.acme.tavus.application.onboarding.port.in.ReceiveCallbackUseCase;
import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.testing.InMemoryCallbackLedger;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.application.testing.InMemoryOnboardingUsers;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.RecordingConversationUpdates;
import com.acme.tavus.application.onboarding.HmacCallbackSigner;
import com.acme.tavus.domain.persona.PersonaId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The onboarding services of the web tests, over the shared fakes. {@link #personaConfigured} lets a
 * test see the route without a configured persona.
 */
public final class OnboardingWebFixture {

    public static final String CALLBACK_ENDPOINT = "http://localhost/api/v1/tavus/callback";

    private final HmacCallbackSigner signatures =
            new HmacCallbackSigner("web-test-key-web-test-key-web-test-key".getBytes(StandardCharsets.US_ASCII));
    private final StartOnboardingService configured;
    private final StartOnboardingService unconfigured;
    private final OnboardingQueryService queries;
    private final ReceiveCallbackService callbacks;
    private final RecordingConversationUpdates updates = new RecordingConversationUpdates();
    private volatile boolean personaConfigured = true;

    OnboardingWebFixture(ScriptedConversationProvider provider, InMemoryConversationRecords records, MutableClock clock) {
        var users = new InMemoryOnboardingUsers();
        var ledger = new InMemoryCallbackLedger(records);
        var ids = IdGenerator.randomUuids();
        configured = new StartOnboardingService(provider, records, users, signatures,
                settings(PersonaId.of("p5317866")), ids, clock);
        unconfigured = new StartOnboardingService(provider, records, users, signatures, settings(null), ids, clock);
        queries = new OnboardingQueryService(records, updates, java.time.Duration.ofMillis(200));
        callbacks = new ReceiveCallbackService(signatures, ledger, updates, ids, clock);
    }

    private static OnboardingSettings settings(PersonaId persona) {
        return new OnboardingSettings(persona, null, () -> CALLBACK_ENDPOINT, Duration.ofHours(1), Duration.ofMinutes(5));
    }

    public void personaConfigured(boolean configured) {
        this.personaConfigured = configured;
    }

    public String sign(UUID trackingId) {
        return signatures.sign(trackingId);
    }

    StartOnboardingUseCase startOnboarding() {
        return command -> (personaConfigured ? configured : unconfigured).start(command);
    }

    OnboardingQueries queries() {
        return queries;
    }

    RecordingConversationUpdates updates() {
        return updates;
    }

    ReceiveCallbackUseCase receiveCallback() {
        return callbacks;
    }
}
