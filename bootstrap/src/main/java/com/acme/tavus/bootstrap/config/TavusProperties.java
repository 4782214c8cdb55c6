package com.acme.tavus.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * How to reach Tavus ({@code tavus.*}, fed by the {@code TAVUS_*} environment variables in
 * application.yml). No API key means sandbox mode. Retries, the circuit breaker and the bulkhead are
 * configured under {@code resilience4j.*.configs.tavus} (see docs/resilience.md).
 *
 * @param apiKey the Tavus key; never logged, never returned
 * @param personaId the persona the onboarding flow talks with
 * @param replicaId the replica for onboarding; optional when the persona has a default replica
 * @param timeouts how long to wait for Tavus
 * @param maxResponseBytes cap on one upstream answer, so a runaway body cannot exhaust memory
 */
@ConfigurationProperties("tavus")
public record TavusProperties(
        String apiKey,
        @DefaultValue("https://tavusapi.com/v2") URI baseUrl,
        String personaId,
        String replicaId,
        @DefaultValue Timeouts timeouts,
        @DefaultValue("2097152") int maxResponseBytes) {

    public boolean sandbox() {
        return apiKey == null || apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "TavusProperties[baseUrl=" + baseUrl + ", apiKey=" + (sandbox() ? "<none>" : "<redacted>")
                + ", personaId=" + personaId + ", replicaId=" + replicaId + "]";
    }

    /**
     * How long to wait for Tavus ({@code tavus.timeouts.*}).
     *
     * @param connect how long opening a connection may take
     * @param fallback ({@code tavus.timeouts.default}) the deadline of one attempt at any operation not
     *     listed in {@code operations}: from connecting to the last byte of the answer
     * @param operations deadlines by operation name ({@code conversation-create}, {@code persona-get},
     *     ...; the names are listed in docs/resilience.md and checked at start)
     */
    public record Timeouts(
            @DefaultValue("5s") Duration connect,
            @Name("default") @DefaultValue("10s") Duration fallback,
            Map<String, Duration> operations) {

        public Timeouts {
            operations = operations == null ? Map.of() : Map.copyOf(operations);
        }
    }
}
