package com.acme.tavus.application.audit.port.in;

import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Page;
import reactor.core.publisher.Mono;

/** Query: the audit trail, newest first, one page at a time (for the admin site). */
public interface AuditQueries {

    Mono<Page<AuditEntry>> page(AuditFilter filter);
}
