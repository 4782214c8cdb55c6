package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.testing.contract.ConversationProviderContract;
import com.acme.tavus.domain.replica.ReplicaId;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter keeps the conversation contract against a fake Tavus account. */
class TavusHttpConversationProviderContractTest extends ConversationProviderContract {

    @RegisterExtension
    static final FakeTavusAccountExtension tavus = new FakeTavusAccountExtension();

    private final ConversationProvider provider = new TavusHttpConversationProvider(tavus.calls());

    @Override
    protected ConversationProvider provider() {
        return provider;
    }

    @Override
    protected ReplicaId trainedReplica() {
        return ReplicaId.of("re8e740a42");
    }
}
