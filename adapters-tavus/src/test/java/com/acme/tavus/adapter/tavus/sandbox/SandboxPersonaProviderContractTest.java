package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.application.testing.contract.PersonaProviderContract;

/** The sandbox keeps the persona contract over its seeded world (a fresh one for each test). */
class SandboxPersonaProviderContractTest extends PersonaProviderContract {

    private final PersonaProvider provider = new SandboxPersonaProvider(SandboxWorlds.fresh());

    @Override
    protected PersonaProvider provider() {
        return provider;
    }
}
