package com.acme.tavus.adapter.persistence.audit;

import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.application.testing.InMemoryAuditLog;
import com.acme.tavus.application.testing.contract.AuditLogContract;

/** The contract against the application's in-memory fake, which the web and use-case tests rely on. */
class InMemoryAuditLogContractTest extends AuditLogContract {

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return log;
    }
}
