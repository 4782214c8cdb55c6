/**
 * The audit trail's web side: {@link com.acme.tavus.adapter.web.audit.AuditWebFilter} turns every
 * mutating request into an {@code AuditEntry} once its answer is sent;
 * {@link com.acme.tavus.adapter.web.audit.AuditedExchange} is how a controller names the resource
 * it created (or the actor, for the unauthenticated callback).
 */
package com.acme.tavus.adapter.web.audit;
