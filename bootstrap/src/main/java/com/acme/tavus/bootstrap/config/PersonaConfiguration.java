package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.tavus.TavusCalls;
import com.acme.tavus.adapter.tavus.TavusHttpPersonaProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxPersonaProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxTavus;
import com.acme.tavus.application.persona.PersonaService;
import com.acme.tavus.application.persona.port.out.PersonaProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Personas: the provider for the active mode (sandbox or Tavus over HTTP, as chosen by
 * {@link TavusProviderConfiguration}) and the one service that offers both inbound ports.
 */
@Configuration(proxyBeanMethods = false)
class PersonaConfiguration {

    /** Implements {@code ManagePersonasUseCase} and {@code PersonaQueries}; the web adapter sees only those. */
    @Bean
    PersonaService personaService(PersonaProvider personaProvider) {
        return new PersonaService(personaProvider);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.SandboxCondition.class)
    static class Sandbox {

        @Bean
        PersonaProvider personaProvider(SandboxTavus sandboxTavus) {
            return new SandboxPersonaProvider(sandboxTavus);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.LiveCondition.class)
    static class Live {

        @Bean
        PersonaProvider personaProvider(TavusCalls tavusCalls) {
            return new TavusHttpPersonaProvider(tavusCalls);
        }
    }
}
