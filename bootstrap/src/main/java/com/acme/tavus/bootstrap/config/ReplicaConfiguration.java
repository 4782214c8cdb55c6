package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.tavus.TavusCalls;
import com.acme.tavus.adapter.tavus.TavusHttpReplicaProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxReplicaProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxTavus;
import com.acme.tavus.application.replica.ReplicaService;
import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Wires replicas: the provider for the active {@link TavusMode} (the sandbox shares the one
 * {@link SandboxTavus} account with the other sandbox providers, so a deleted replica is gone for
 * conversations too; live mode shares the one Tavus client, {@link TavusCalls}) and the service
 * behind both replica ports. Kept apart from the conversation wiring so each resource's wiring reads
 * on its own.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

    /** One service for both inbound ports ({@code ManageReplicasUseCase}, {@code ReplicaQueries}). */
    @Bean
    ReplicaService replicaService(ReplicaProvider replicaProvider) {
        return new ReplicaService(replicaProvider);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.SandboxCondition.class)
    static class Sandbox {

        @Bean
        ReplicaProvider replicaProvider(SandboxTavus sandboxTavus) {
            return new SandboxReplicaProvider(sandboxTavus);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.LiveCondition.class)
    static class Live {

        @Bean
        ReplicaProvider replicaProvider(TavusCalls tavusCalls) {
            return new TavusHttpReplicaProvider(tavusCalls);
        }
    }
}
