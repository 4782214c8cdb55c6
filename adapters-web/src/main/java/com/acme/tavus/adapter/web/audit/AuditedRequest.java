package com.acme.tavus.adapter.web.audit;

import com.acme.tavus.application.audit.UpstreamStatus;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.server.ServerWebExchange;

/**
 * What is known about one audited request while it is served: filled by the audit filters and the
 * controllers (through exchange attributes, which the original and every mutated exchange share),
 * read once when the answer goes out.
 */
final class AuditedRequest {

    private static final String ATTRIBUTE = AuditedRequest.class.getName();

    final Instant at;
    final long startedNanos;
    final UpstreamStatus upstream = new UpstreamStatus();
    private final AtomicBoolean recorded = new AtomicBoolean();
    private volatile String actor;
    private volatile String resourceId;

    AuditedRequest(Instant at, long startedNanos) {
        this.at = at;
        this.startedNanos = startedNanos;
    }

    static AuditedRequest of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    void attachTo(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    String actor() {
        return actor;
    }

    void actor(String actor) {
        this.actor = actor;
    }

    String resourceId() {
        return resourceId;
    }

    void resourceId(String resourceId) {
        this.resourceId = resourceId;
    }

    /** True the first time only: an entry is written once, whichever way the request ends. */
    boolean markRecorded() {
        return recorded.compareAndSet(false, true);
    }
}
