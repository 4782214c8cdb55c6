package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.contract.ReplicaProviderContract;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/** The sandbox keeps the replica contract over its seeded world. */
class SandboxReplicaProviderContractTest extends ReplicaProviderContract {

    private ReplicaProvider provider;

    @BeforeEach
    void setUp() {
        var tavus = new SandboxTavus(new MutableClock(Instant.parse("2025-05-13T06:42:58.291561Z")),
                new SandboxSettings("http://localhost:8080/sandbox/calls/"));
        provider = new SandboxReplicaProvider(tavus);
    }

    @Override
    protected ReplicaProvider provider() {
        return provider;
    }
}
