package com.acme.tavus.bootstrap.config;

import com.acme.tavus.application.idempotency.IdempotencyService;
import com.acme.tavus.application.idempotency.IdempotencySettings;
import com.acme.tavus.application.idempotency.port.in.PurgeIdempotencyKeysUseCase;
import com.acme.tavus.application.idempotency.port.out.IdempotencyRecords;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.bootstrap.scheduling.PeriodicPass;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Idempotency keys: the records in the database (so keys hold across restarts and instances), the
 * one service behind the web filter and the purge, and the purge's timer.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    /** Implements {@code HandleIdempotentRequestUseCase} and {@code PurgeIdempotencyKeysUseCase}. */
    @Bean
    IdempotencyService idempotencyService(
            IdempotencyRecords idempotencyRecords, IdempotencyProperties properties, IdGenerator ids, Clock clock) {
        return new IdempotencyService(idempotencyRecords,
                new IdempotencySettings(properties.ttl(), properties.lease(), properties.maxWait()), ids, clock);
    }

    /**
     * Deletes expired keys on a timer. Expired keys are already free (a new request takes them
     * over); this only keeps the table small. Every instance runs it; overlapping deletes are harmless.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "idempotency.purge-enabled", matchIfMissing = true)
    PeriodicPass idempotencyKeyPurge(PurgeIdempotencyKeysUseCase purge, IdempotencyProperties properties) {
        return new PeriodicPass("Idempotency key purge", properties.purgeInterval(), purge::purgeExpired,
                deleted -> LOG.debug("Purged {} expired idempotency key(s)", deleted));
    }
}
