package com.acme.tavus.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class PersistenceSelectionTest {

    private final PersistenceSelection selection = new PersistenceSelection();

    @Test
    void jooq_isTheDefault_andExcludesNothing() {
        var environment = new MockEnvironment();
        selection.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
    }

    @Test
    void memory_excludesTheDatabaseAutoConfiguration_keepingExclusionsAlreadyConfigured() {
        var environment = new MockEnvironment()
                .withProperty("platform.persistence", "memory")
                .withProperty("spring.autoconfigure.exclude", "com.example.SomeAutoConfiguration");
        selection.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.autoconfigure.exclude", String[].class))
                .startsWith("com.example.SomeAutoConfiguration")
                .containsAll(PersistenceSelection.DATABASE_AUTO_CONFIGURATIONS);
    }

    @Test
    void anUnknownValue_stopsTheStart_namingTheProperty() {
        var environment = new MockEnvironment().withProperty("platform.persistence", "mongo");
        assertThatThrownBy(() -> selection.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform.persistence").hasMessageContaining("mongo");
    }
}
