package com.acme.tavus.adapter.web.audit;

import com.acme.tavus.adapter.web.edge.RequestIdFilter;
import com.acme.tavus.application.audit.UpstreamStatus;
import com.acme.tavus.application.audit.port.in.AuditTrail;
import com.acme.tavus.domain.audit.AuditEntry;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;

/**
 * Records an {@link AuditEntry} for every mutating request (any method but GET, HEAD, OPTIONS and
 * TRACE), on every route: the proxy, onboarding, token management, the admin site, and also
 * requests refused with 401, 403, 404 or 413, since attempts matter as much as successes.
 *
 * <p>How the entry is filled:
 * <ul>
 *   <li>when, the request id ({@link RequestIdFilter}, which runs before this filter) and the method;
 *   <li>the actor: set after authentication by {@link AuditActorWebFilter}, or by a controller
 *       ({@link AuditedExchange#actor}); {@code anonymous} otherwise;
 *   <li>the route: the matched pattern ({@code .../{conversation_id}/end/}), never a raw path with
 *       its ids, unless no route matched (or only a wildcard one, like the static resources');
 *   <li>the resource: what the controller named ({@link AuditedExchange#resource}), else the path's
 *       id variable;
 *   <li>the client's status, and Tavus's ({@link UpstreamStatus}, put into the request's Reactor
 *       context here and filled by the Tavus adapter);
 *   <li>latency: until the answer's status and headers are committed.
 * </ul>
 *
 * <p>The entry is handed over when the response is committed, which is the one moment that exists
 * for every answer (a controller's, an error handler's, a security refusal's); a request the client
 * abandons before any answer is recorded with status 499. Handing over never blocks or fails the
 * request ({@link AuditTrail} queues it).
 *
 * <p>Runs before Spring Security (order -100), so refusals are seen too.
 */
@Component
final class AuditWebFilter implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 200;
    static final String ANONYMOUS = "anonymous";
    /** nginx's "client closed request": the client went away before it was answered. */
    static final int CLIENT_CLOSED_REQUEST = 499;

    private static final Logger LOG = LoggerFactory.getLogger(AuditWebFilter.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final AuditTrail trail;
    private final Clock clock;

    AuditWebFilter(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (READS.contains(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        var audited = new AuditedRequest(clock.instant(), System.nanoTime());
        audited.attachTo(exchange);
        var response = exchange.getResponse();
        response.beforeCommit(() -> Mono.fromRunnable(() -> record(exchange, audited, null)));
        return chain.filter(exchange)
                .contextWrite(UpstreamStatus.into(audited.upstream))
                .doOnCancel(() -> record(exchange, audited, CLIENT_CLOSED_REQUEST));
    }

    private void record(ServerWebExchange exchange, AuditedRequest audited, Integer statusOverride) {
        if (!audited.markRecorded()) {
            return;
        }
        try {
            var request = exchange.getRequest();
            var status = statusOverride != null ? statusOverride : statusOf(exchange);
            var latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - audited.startedNanos);
            var requestId = RequestIdFilter.of(exchange);
            trail.record(new AuditEntry(audited.at, requestId == null ? "-" : requestId,
                    audited.actor() == null ? ANONYMOUS : audited.actor(), request.getMethod().name(),
                    route(exchange), resourceId(exchange, audited), status, audited.upstream.value(), latency));
        } catch (RuntimeException bug) {
            // Never the client's problem: its answer is already on its way.
            LOG.warn("Could not build the audit entry for {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), bug);
        }
    }

    private static int statusOf(ServerWebExchange exchange) {
        var status = exchange.getResponse().getStatusCode();
        return status == null ? 200 : status.value();
    }

    private static String route(ServerWebExchange exchange) {
        var pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        // A wildcard pattern (the static resources' /**) says less than the path it matched.
        if (pattern instanceof PathPattern matched && !matched.getPatternString().contains("*")) {
            return matched.getPatternString();
        }
        return exchange.getRequest().getPath().pathWithinApplication().value();
    }

    private static String resourceId(ServerWebExchange exchange, AuditedRequest audited) {
        if (audited.resourceId() != null) {
            return audited.resourceId();
        }
        Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || variables.isEmpty()) {
            return null;
        }
        return variables.entrySet().stream()
                .filter(variable -> variable.getKey().endsWith("id"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
