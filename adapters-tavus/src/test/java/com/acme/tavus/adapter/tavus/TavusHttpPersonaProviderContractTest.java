package com.acme.tavus.adapter.tavus;

import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.persona.port.out.PersonaProvider;
import com.acme.tavus.application.testing.contract.PersonaProviderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The HTTP adapter keeps the persona contract against a fake Tavus account. */
class TavusHttpPersonaProviderContractTest extends PersonaProviderContract {

    private static FakeTavusServer tavus;
    private PersonaProvider provider;

    @BeforeAll
    static void startTavus() {
        tavus = FakeTavusServer.start();
    }

    @AfterAll
    static void stopTavus() {
        tavus.close();
    }

    @BeforeEach
    void setUp() {
        FakeTavusAccount.on(tavus);
        provider = new TavusHttpPersonaProvider(TavusWireTestSupport.calls(tavus.baseUrl()));
    }

    @Override
    protected PersonaProvider provider() {
        return provider;
    }
}
