package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.application.testing.contract.ConversationProviderContract;
import com.acme.tavus.domain.replica.ReplicaId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/** The sandbox keeps the conversation contract over its seeded world. */
class SandboxConversationProviderContractTest extends ConversationProviderContract {

    private ConversationProvider provider;

    @BeforeEach
    void setUp() {
        var tavus = new SandboxTavus(new MutableClock(Instant.parse("2025-05-13T06:42:58.291561Z")),
                new SandboxSettings("http://localhost:8080/sandbox/calls/"));
        provider = new SandboxConversationProvider(tavus);
    }

    @Override
    protected ConversationProvider provider() {
        return provider;
    }

    @Override
    protected ReplicaId trainedReplica() {
        return ReplicaId.of(SandboxTavus.STOCK_REPLICA_ID);
    }
}
