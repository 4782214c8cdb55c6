package com.acme.tavus.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's writer ({@code audit.*}).
 *
 * @param queueCapacity entries that may wait for the database; beyond it new entries are dropped
 *     (logged and counted in {@code audit.entries.dropped}), never waited for
 * @param batchSize entries written by one insert, and how many waiting entries trigger a write
 * @param flushInterval the longest an entry waits when fewer than a batch are queued
 * @param shutdownTimeout how long a graceful shutdown waits for the last entries to be stored
 */
@ConfigurationProperties("audit")
public record AuditProperties(
        @DefaultValue("10000") int queueCapacity,
        @DefaultValue("200") int batchSize,
        @DefaultValue("1s") Duration flushInterval,
        @DefaultValue("10s") Duration shutdownTimeout) {}
