package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.application.testing.contract.ReplicaProviderContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter keeps the replica contract against a fake Tavus account. */
class TavusHttpReplicaProviderContractTest extends ReplicaProviderContract {

    @RegisterExtension
    static final FakeTavusAccountExtension tavus = new FakeTavusAccountExtension();

    private final ReplicaProvider provider = new TavusHttpReplicaProvider(tavus.calls());

    @Override
    protected ReplicaProvider provider() {
        return provider;
    }
}
