package com.acme.tavus.application.audit.port.out;

import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Where audit entries are kept (the {@code audit_log} table). Append-only: entries are never
 * changed or deleted through this port.
 */
public interface AuditLog {

    /** Stores {@code entries} together (one statement for a database); an empty list does nothing. */
    Mono<Void> append(List<AuditEntry> entries);

    /**
     * One page of entries, newest first ({@code at} descending, then the order they were stored in,
     * latest first), with the total number matching the filter.
     */
    Mono<Page<AuditEntry>> page(AuditFilter filter);
}
