package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.testing.contract.ConversationProviderContract;
import com.acme.tavus.domain.replica.ReplicaId;

/** The sandbox keeps the conversation contract over its seeded world (a fresh one for each test). */
class SandboxConversationProviderContractTest extends ConversationProviderContract {

    private final ConversationProvider provider = new SandboxConversationProvider(SandboxWorlds.fresh());

    @Override
    protected ConversationProvider provider() {
        return provider;
    }

    @Override
    protected ReplicaId trainedReplica() {
        return ReplicaId.of(SandboxTavus.STOCK_REPLICA_ID);
    }
}
