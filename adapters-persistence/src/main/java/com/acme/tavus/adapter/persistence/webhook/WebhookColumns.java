package com.acme.tavus.adapter.persistence.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants in and out of {@code timestamp with time zone} columns: UTC, microseconds. */
final class WebhookColumns {

    static final String PENDING = "pending";

    private WebhookColumns() {}

    static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant toInstant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
