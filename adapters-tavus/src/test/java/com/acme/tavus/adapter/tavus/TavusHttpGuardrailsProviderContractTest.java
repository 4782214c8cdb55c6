package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.guardrail.port.out.GuardrailsProvider;
import com.acme.tavus.application.testing.contract.GuardrailsProviderContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter keeps the guardrails contract against a fake Tavus account. */
class TavusHttpGuardrailsProviderContractTest extends GuardrailsProviderContract {

    @RegisterExtension
    static final FakeTavusAccountExtension tavus = new FakeTavusAccountExtension();

    private final GuardrailsProvider provider = new TavusHttpGuardrailsProvider(tavus.calls());

    @Override
    protected GuardrailsProvider provider() {
        return provider;
    }
}
