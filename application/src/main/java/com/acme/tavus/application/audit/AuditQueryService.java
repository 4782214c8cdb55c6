package com.acme.tavus.application.audit;

import com.acme.tavus.application.audit.port.in.AuditQueries;
import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Page;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** {@link AuditQueries} straight from the {@link AuditLog}. */
public final class AuditQueryService implements AuditQueries {

    private final AuditLog log;

    public AuditQueryService(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public Mono<Page<AuditEntry>> page(AuditFilter filter) {
        return log.page(Objects.requireNonNull(filter, "filter"));
    }
}
