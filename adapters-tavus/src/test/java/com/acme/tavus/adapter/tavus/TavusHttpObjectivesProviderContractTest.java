package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.objective.port.out.ObjectivesProvider;
import com.acme.tavus.application.testing.contract.ObjectivesProviderContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter keeps the objectives contract against a fake Tavus account. */
class TavusHttpObjectivesProviderContractTest extends ObjectivesProviderContract {

    @RegisterExtension
    static final FakeTavusAccountExtension tavus = new FakeTavusAccountExtension();

    private final ObjectivesProvider provider = new TavusHttpObjectivesProvider(tavus.calls());

    @Override
    protected ObjectivesProvider provider() {
        return provider;
    }
}
