package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.contract.PersonaProviderContract;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/** The sandbox keeps the persona contract over its seeded world. */
class SandboxPersonaProviderContractTest extends PersonaProviderContract {

    private PersonaProvider provider;

    @BeforeEach
    void setUp() {
        var tavus = new SandboxTavus(new MutableClock(Instant.parse("2025-05-13T06:42:58.291561Z")),
                new SandboxSettings("http://localhost:8080/sandbox/calls/"));
        provider = new SandboxPersonaProvider(tavus);
    }

    @Override
    protected PersonaProvider provider() {
        return provider;
    }
}
