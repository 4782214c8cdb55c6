package com.acme.tavus.bootstrap.config;

import com.acme.tavus.application.audit.AuditQueryService;
import com.acme.tavus.application.audit.BufferedAuditTrail;
import com.acme.tavus.application.audit.port.in.AuditQueries;
import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.bootstrap.audit.AuditTrailLifecycle;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail: the {@code audit_log} table, the batching writer the web edge records into,
 * its start and shutdown flush, and its metrics ({@code audit.entries.written|dropped|failed},
 * {@code audit.queue.size}).
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    BufferedAuditTrail auditTrail(AuditLog auditLog, AuditProperties audit, ObjectProvider<MeterRegistry> meters) {
        var trail = new BufferedAuditTrail(auditLog,
                new BufferedAuditTrail.Settings(audit.queueCapacity(), audit.batchSize(), audit.flushInterval()));
        meters.ifAvailable(registry -> {
            FunctionCounter.builder("audit.entries.written", trail, BufferedAuditTrail::writtenCount)
                    .description("Audit entries stored").register(registry);
            FunctionCounter.builder("audit.entries.dropped", trail, BufferedAuditTrail::droppedCount)
                    .description("Audit entries dropped because the queue was full").register(registry);
            FunctionCounter.builder("audit.entries.failed", trail, BufferedAuditTrail::failedCount)
                    .description("Audit entries lost because the database refused their batch").register(registry);
            Gauge.builder("audit.queue.size", trail, BufferedAuditTrail::queuedCount)
                    .description("Audit entries waiting to be stored").register(registry);
        });
        return trail;
    }

    @Bean
    AuditTrailLifecycle auditTrailLifecycle(BufferedAuditTrail auditTrail, AuditProperties audit) {
        return new AuditTrailLifecycle(auditTrail, audit.shutdownTimeout());
    }

    @Bean
    AuditQueries auditQueries(AuditLog auditLog) {
        return new AuditQueryService(auditLog);
    }
}
