package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.tavus.TavusCalls;
import com.acme.tavus.adapter.tavus.TavusHttpGuardrailsProvider;
import com.acme.tavus.adapter.tavus.TavusHttpObjectivesProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxGuardrailsProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxObjectivesProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxTavus;
import com.acme.tavus.application.guardrail.GuardrailsService;
import com.acme.tavus.application.guardrail.port.out.GuardrailsProvider;
import com.acme.tavus.application.objective.ObjectivesService;
import com.acme.tavus.application.objective.port.out.ObjectivesProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Guardrails and objectives sets: the providers for the active mode and one service each, which
 * offers both of the resource's inbound ports. Kept together because the two resources share their
 * model (Tavus's set-based one) and their wiring.
 */
@Configuration(proxyBeanMethods = false)
class GuardrailsAndObjectivesConfiguration {

    @Bean
    GuardrailsService guardrailsService(GuardrailsProvider guardrailsProvider) {
        return new GuardrailsService(guardrailsProvider);
    }

    @Bean
    ObjectivesService objectivesService(ObjectivesProvider objectivesProvider) {
        return new ObjectivesService(objectivesProvider);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.SandboxCondition.class)
    static class Sandbox {

        @Bean
        GuardrailsProvider guardrailsProvider(SandboxTavus sandboxTavus) {
            return new SandboxGuardrailsProvider(sandboxTavus);
        }

        @Bean
        ObjectivesProvider objectivesProvider(SandboxTavus sandboxTavus) {
            return new SandboxObjectivesProvider(sandboxTavus);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.LiveCondition.class)
    static class Live {

        @Bean
        GuardrailsProvider guardrailsProvider(TavusCalls tavusCalls) {
            return new TavusHttpGuardrailsProvider(tavusCalls);
        }

        @Bean
        ObjectivesProvider objectivesProvider(TavusCalls tavusCalls) {
            return new TavusHttpObjectivesProvider(tavusCalls);
        }
    }
}
