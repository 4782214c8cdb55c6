package com.acme.tavus.adapter.tavus;

import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.application.testing.contract.ReplicaProviderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The HTTP adapter keeps the replica contract against a fake Tavus account. */
class TavusHttpReplicaProviderContractTest extends ReplicaProviderContract {

    private static FakeTavusServer tavus;
    private ReplicaProvider provider;

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
        provider = new TavusHttpReplicaProvider(TavusWireTestSupport.calls(tavus.baseUrl()));
    }

    @Override
    protected ReplicaProvider provider() {
        return provider;
    }
}
