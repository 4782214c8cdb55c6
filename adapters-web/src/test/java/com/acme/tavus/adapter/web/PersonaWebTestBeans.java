package com.acme.tavus.adapter.web;

import com.acme.tavus.application.persona.PersonaService;
import com.acme.tavus.application.testing.FakePersonaProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persona use cases for the web tests, over the application's fake provider. Picked up by
 * {@link WebLayerTestApplication}'s component scan, so every web test still shares one context.
 */
@Configuration(proxyBeanMethods = false)
class PersonaWebTestBeans {

    @Bean
    FakePersonaProvider personaProvider() {
        return new FakePersonaProvider();
    }

    @Bean
    PersonaService personaService(FakePersonaProvider personaProvider) {
        return new PersonaService(personaProvider);
    }
}
