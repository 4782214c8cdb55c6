package com.acme.tavus.application.onboarding;

import com.acme.tavus.domain.persona.PersonaId;
import com.acme.tavus.domain.replica.ReplicaId;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How onboarding calls are made.
 *
 * @param personaId the persona that greets people; {@code null} means onboarding is unavailable
 * @param replicaId optional; the persona's default replica is used without it
 * @param callbackEndpoint the public URL of the callback route, without query; a supplier because
 *     the port may only be known once the server listens
 * @param maxCallDuration the longest call Tavus allows; after it (plus {@code reconcileGrace}) a
 *     still-open record is reconciled with Tavus
 */
public record OnboardingSettings(
        PersonaId personaId,
        ReplicaId replicaId,
        Supplier<String> callbackEndpoint,
        Duration maxCallDuration,
        Duration reconcileGrace) {

    public OnboardingSettings {
        Objects.requireNonNull(callbackEndpoint, "callbackEndpoint");
        Objects.requireNonNull(maxCallDuration, "maxCallDuration");
        Objects.requireNonNull(reconcileGrace, "reconcileGrace");
    }
}
