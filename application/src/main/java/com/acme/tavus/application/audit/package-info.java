/**
 * The audit trail. {@code port.in.AuditTrail} takes an entry per mutating request from the web
 * edge without ever making the request wait ({@link com.acme.tavus.application.audit.BufferedAuditTrail}
 * queues and writes in batches); {@code port.in.AuditQueries} pages through what was kept;
 * {@code port.out.AuditLog} is where entries are stored (the {@code audit_log} table).
 * {@link com.acme.tavus.application.audit.UpstreamStatus} carries the status of Tavus's answer from
 * the Tavus adapter to the entry, through the request's Reactor context.
 */
package com.acme.tavus.application.audit;
