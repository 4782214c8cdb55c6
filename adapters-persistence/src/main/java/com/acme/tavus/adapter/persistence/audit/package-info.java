/** The {@code audit_log} table behind the application's {@code AuditLog} port. */
package com.acme.tavus.adapter.persistence.audit;
