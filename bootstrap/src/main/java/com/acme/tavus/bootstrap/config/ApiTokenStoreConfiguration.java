package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.persistence.apitoken.CachingApiTokenStore;
import com.acme.tavus.adapter.persistence.apitoken.JooqApiTokenStore;
import com.acme.tavus.application.apitoken.ApiTokenService;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.application.shared.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The database tokens and their management: the jOOQ store behind the short-lived lookup cache, and
 * the service that issues, lists and revokes. Public because the {@code create-token} command line
 * builds a small context of its own from it (no web server, no Tavus).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiTokenProperties.class)
@Import(PersistenceConfiguration.class)
public class ApiTokenStoreConfiguration {

    /** Every user of the store goes through the cache, so a revocation made here shows here at once. */
    @Bean
    @ConditionalOnProperty(name = PersistenceSelection.PROPERTY, havingValue = PersistenceSelection.JOOQ,
            matchIfMissing = true)
    ApiTokenStore apiTokenStore(DSLContext dsl, ApiTokenProperties tokens) {
        return new CachingApiTokenStore(new JooqApiTokenStore(dsl), tokens.cacheTtl(), tokens.negativeCacheTtl(),
                tokens.cacheMaxEntries());
    }

    @Bean
    ApiTokenService apiTokenService(ApiTokenStore apiTokenStore, IdGenerator ids, Clock clock) {
        return new ApiTokenService(apiTokenStore, ids, clock, new SecureRandom());
    }
}
