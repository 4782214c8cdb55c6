package com.acme.tavus.adapter.web.audit;

import org.springframework.web.server.ServerWebExchange;

/**
 * What a controller can add to its request's audit entry. Without it the entry names the path's id
 * and the authenticated caller, which is right for every route except two kinds:
 *
 * <ul>
 *   <li>a create, whose resource id only exists in the answer: call {@link #resource} with it;
 *   <li>a public route that proves its caller some other way (the signed Tavus callback): call
 *       {@link #actor}.
 * </ul>
 *
 * Both are no-ops for requests that are not audited (reads).
 */
public final class AuditedExchange {

    private AuditedExchange() {}

    /** The id of the resource this request created or acted on. */
    public static void resource(ServerWebExchange exchange, String resourceId) {
        var audited = AuditedRequest.of(exchange);
        if (audited != null && resourceId != null) {
            audited.resourceId(resourceId);
        }
    }

    /** Who made this request, when no token says it (e.g. {@code callback}). */
    public static void actor(ServerWebExchange exchange, String actor) {
        var audited = AuditedRequest.of(exchange);
        if (audited != null && actor != null) {
            audited.actor(actor);
        }
    }
}
