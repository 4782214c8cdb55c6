package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.guardrail.port.out.GuardrailsProvider;
import com.acme.tavus.application.testing.contract.GuardrailsProviderContract;

/** The sandbox keeps the guardrails contract over its seeded world (a fresh one for each test). */
class SandboxGuardrailsProviderContractTest extends GuardrailsProviderContract {

    private final GuardrailsProvider provider = new SandboxGuardrailsProvider(SandboxWorlds.fresh());

    @Override
    protected GuardrailsProvider provider() {
        return provider;
    }
}
