package com.acme.tavus.adapter.web.idempotency;

import com.acme.tavus.application.idempotency.IdempotencyService;
import com.acme.tavus.application.idempotency.IdempotencySettings;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.testing.InMemoryIdempotencyRecords;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The idempotency use case the bootstrap module would provide, over the application's in-memory
 * records and the real clock, for the shared web-layer context (picked up by its component scan).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyWebTestBeans {

    /** Short, so the test of a repeat that waits in vain is quick. */
    static final Duration MAX_WAIT = Duration.ofMillis(300);

    @Bean
    InMemoryIdempotencyRecords idempotencyRecords() {
        return new InMemoryIdempotencyRecords();
    }

    @Bean
    IdempotencyService idempotencyService(InMemoryIdempotencyRecords idempotencyRecords) {
        return new IdempotencyService(idempotencyRecords,
                new IdempotencySettings(Duration.ofHours(24), Duration.ofMinutes(2), MAX_WAIT),
                IdGenerator.randomUuids(), Clock.systemUTC());
    }
}
