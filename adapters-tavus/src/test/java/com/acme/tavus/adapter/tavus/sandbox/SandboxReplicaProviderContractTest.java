package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.application.testing.contract.ReplicaProviderContract;

/** The sandbox keeps the replica contract over its seeded world (a fresh one for each test). */
class SandboxReplicaProviderContractTest extends ReplicaProviderContract {

    private final ReplicaProvider provider = new SandboxReplicaProvider(SandboxWorlds.fresh());

    @Override
    protected ReplicaProvider provider() {
        return provider;
    }
}
