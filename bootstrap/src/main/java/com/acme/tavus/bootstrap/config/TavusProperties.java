package com.acme.tavus.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach Tavus ({@code tavus.*}, fed by the {@code TAVUS_*} environment variables in
 * application.yml). No API key means sandbox mode.
 *
 * @param apiKey the Tavus key; never logged, never returned
 * @param personaId the persona the onboarding flow talks with
 * @param replicaId the replica for onboarding; optional when the persona has a default replica
 * @param maxResponseBytes cap on one upstream answer, so a runaway body cannot exhaust memory
 */
@ConfigurationProperties("tavus")
public record TavusProperties(
        String apiKey,
        @DefaultValue("https://tavusapi.com/v2") URI baseUrl,
        String personaId,
        String replicaId,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration responseTimeout,
        @DefaultValue("2097152") int maxResponseBytes) {

    public boolean sandbox() {
        return apiKey == null || apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "TavusProperties[baseUrl=" + baseUrl + ", apiKey=" + (sandbox() ? "<none>" : "<redacted>")
                + ", personaId=" + personaId + ", replicaId=" + replicaId + "]";
    }
}
