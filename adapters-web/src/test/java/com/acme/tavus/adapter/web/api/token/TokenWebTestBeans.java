package com.acme.tavus.adapter.web.api.token;

import com.acme.tavus.application.apitoken.ApiTokenService;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.application.testing.MutableClock;
import java.security.SecureRandom;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The token-management beans bootstrap would provide, for the shared web-layer context: the real
 * {@link ApiTokenService} over the application's in-memory store, on a clock of its own (token tests
 * move it; other tests rely on the shared clock standing still). Picked up by the component scan, so
 * the context stays one cached context for every web test.
 */
@Configuration(proxyBeanMethods = false)
class TokenWebTestBeans {

    /** The token service's clock, wrapped so it is not a second {@link MutableClock} bean. */
    record TokenClock(MutableClock clock) {}

    @Bean
    TokenClock tokenClock() {
        return new TokenClock(new MutableClock(Instant.parse("2025-01-01T10:00:00Z")));
    }

    @Bean
    InMemoryApiTokenStore apiTokenStore() {
        return new InMemoryApiTokenStore();
    }

    @Bean
    ApiTokenService apiTokenService(InMemoryApiTokenStore store, TokenClock tokenClock) {
        return new ApiTokenService(store, IdGenerator.randomUuids(), tokenClock.clock(), new SecureRandom());
    }
}
