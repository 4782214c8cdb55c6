package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.application.testing.contract.PersonaProviderContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter keeps the persona contract against a fake Tavus account. */
class TavusHttpPersonaProviderContractTest extends PersonaProviderContract {

    @RegisterExtension
    static final FakeTavusAccountExtension tavus = new FakeTavusAccountExtension();

    private final PersonaProvider provider = new TavusHttpPersonaProvider(tavus.calls());

    @Override
    protected PersonaProvider provider() {
        return provider;
    }
}
