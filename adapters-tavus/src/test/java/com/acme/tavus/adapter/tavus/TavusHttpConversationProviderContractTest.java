package com.acme.tavus.adapter.tavus;

import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.testing.contract.ConversationProviderContract;
import com.acme.tavus.domain.replica.ReplicaId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The HTTP adapter keeps the conversation contract against a fake Tavus account. */
class TavusHttpConversationProviderContractTest extends ConversationProviderContract {

    private static FakeTavusServer tavus;
    private ConversationProvider provider;

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
        provider = TavusWireTestSupport.provider(tavus);
    }

    @Override
    protected ConversationProvider provider() {
        return provider;
    }

    @Override
    protected ReplicaId trainedReplica() {
        return ReplicaId.of("re8e740a42");
    }
}
