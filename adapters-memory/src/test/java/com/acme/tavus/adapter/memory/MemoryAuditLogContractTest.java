package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.application.testing.contract.AuditLogContract;

/** The audit log contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryAuditLogContractTest extends AuditLogContract {

    private final MemoryAuditLog log = new MemoryAuditLog();

    @Override
    protected AuditLog log() {
        return log;
    }
}
