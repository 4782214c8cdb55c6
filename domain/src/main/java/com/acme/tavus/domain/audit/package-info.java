/**
 * The audit trail: one {@link com.acme.tavus.domain.audit.AuditEntry} per mutating request the
 * platform answered (who, what route, which resource, with what outcome and how fast), kept in the
 * {@code audit_log} table.
 */
package com.acme.tavus.domain.audit;
