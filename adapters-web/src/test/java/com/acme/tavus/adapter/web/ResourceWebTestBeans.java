package com.acme.tavus.adapter.web;

import com.acme.tavus.application.guardrail.GuardrailsService;
import com.acme.tavus.application.objective.ObjectivesService;
import com.acme.tavus.application.persona.PersonaService;
import com.acme.tavus.application.testing.FakeGuardrailsProvider;
import com.acme.tavus.application.testing.FakeObjectivesProvider;
import com.acme.tavus.application.testing.FakePersonaProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persona, guardrails and objectives use cases for the web tests, over the application's fake provider. Picked up by
 * {@link WebLayerTestApplication}'s component scan, so every web test still shares one context.
 */
@Configuration(proxyBeanMethods = false)
class ResourceWebTestBeans {

    @Bean
    FakePersonaProvider personaProvider() {
        return new FakePersonaProvider();
    }

    @Bean
    PersonaService personaService(FakePersonaProvider personaProvider) {
        return new PersonaService(personaProvider);
    }

    @Bean
    FakeGuardrailsProvider guardrailsProvider() {
        return new FakeGuardrailsProvider();
    }

    @Bean
    GuardrailsService guardrailsService(FakeGuardrailsProvider guardrailsProvider) {
        return new GuardrailsService(guardrailsProvider);
    }

    @Bean
    FakeObjectivesProvider objectivesProvider() {
        return new FakeObjectivesProvider();
    }

    @Bean
    ObjectivesService objectivesService(FakeObjectivesProvider objectivesProvider) {
        return new ObjectivesService(objectivesProvider);
    }
}
