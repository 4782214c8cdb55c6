package com.acme.tavus.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One mutating request as the audit trail keeps it.
 *
 * <p>An entry must never be lost for being odd: text longer than its column is cut to fit (with a
 * trailing {@code …}) instead of rejected, and the web edge has already reduced every value to
 * something safe to store (a route pattern rather than a raw path, a validated request id). Nothing
 * secret belongs here: no token, no body, no query string.
 *
 * @param at when the request arrived
 * @param requestId the {@code X-Request-Id} the platform answered with
 * @param actor who asked: the API token's name, an admin user, {@code callback} for Tavus's signed
 *     callbacks, or {@code anonymous} for a request refused before anyone was identified
 * @param method the HTTP method
 * @param route the matched route pattern ({@code /tavus-api-calls/conversations/{conversation_id}/end/}),
 *     or the request path when no route matched
 * @param resourceId the resource acted on: the path's id, or the id a create answered with;
 *     {@code null} when there is none
 * @param status the status the client was answered
 * @param upstreamStatus the status of Tavus's answer, when the request reached Tavus; {@code null}
 *     otherwise (and in sandbox mode)
 * @param latencyMillis from arrival until the answer's status and headers were sent
 */
public record AuditEntry(
        Instant at,
        String requestId,
        String actor,
        String method,
        String route,
        String resourceId,
        int status,
        Integer upstreamStatus,
        long latencyMillis) {

    public static final int MAX_REQUEST_ID = 128;
    public static final int MAX_ACTOR = 128;
    public static final int MAX_METHOD = 16;
    public static final int MAX_ROUTE = 255;
    public static final int MAX_RESOURCE_ID = 128;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        requestId = fit(Objects.requireNonNull(requestId, "requestId"), MAX_REQUEST_ID);
        actor = fit(Objects.requireNonNull(actor, "actor"), MAX_ACTOR);
        method = fit(Objects.requireNonNull(method, "method"), MAX_METHOD);
        route = fit(Objects.requireNonNull(route, "route"), MAX_ROUTE);
        resourceId = resourceId == null || resourceId.isBlank() ? null : fit(resourceId, MAX_RESOURCE_ID);
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be a three-digit HTTP status, not " + status);
        }
        if (upstreamStatus != null && (upstreamStatus < 100 || upstreamStatus > 999)) {
            throw new IllegalArgumentException("upstreamStatus must be a three-digit HTTP status, not " + upstreamStatus);
        }
        latencyMillis = Math.max(0, latencyMillis);
    }

    private static String fit(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
