package com.acme.tavus.application.audit.port.in;

import com.acme.tavus.domain.audit.AuditEntry;

/**
 * Use case: keep a record of a mutating request. Called by the web edge once the answer's status
 * is known.
 *
 * <p>Contract: {@link #record} returns at once, never blocks and never throws. Writing an entry
 * must not slow down or fail the client's request, so an implementation queues the entry and
 * stores it later; when it cannot keep up it drops the entry and says so in its log and metrics
 * rather than making the caller wait.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
