package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.objective.port.out.ObjectivesProvider;
import com.acme.tavus.application.testing.contract.ObjectivesProviderContract;

/** The sandbox keeps the objectives contract over its seeded world (a fresh one for each test). */
class SandboxObjectivesProviderContractTest extends ObjectivesProviderContract {

    private final ObjectivesProvider provider = new SandboxObjectivesProvider(SandboxWorlds.fresh());

    @Override
    protected ObjectivesProvider provider() {
        return provider;
    }
}
