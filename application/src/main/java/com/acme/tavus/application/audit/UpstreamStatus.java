package com.acme.tavus.application.audit;

import java.util.function.Function;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * The status of the upstream (Tavus) answer to one client request, for its audit entry.
 *
 * <p>Why a mutable holder in the Reactor context: the web edge that writes the audit entry and the
 * Tavus adapter that sees the upstream answer never call each other, and the use cases between them
 * should not have to pass an audit detail along. The edge puts a fresh holder into the context of
 * the request ({@link #into}); the Tavus adapter reports every answer's status to whatever holder
 * the context carries ({@link #report}); the edge reads it when the client's answer is sent. When a
 * request makes several upstream calls the last answer wins. No holder (a background job, the
 * sandbox) means nothing is reported.
 */
public final class UpstreamStatus {

    private static final Object KEY = UpstreamStatus.class;
    private static final int NONE = 0;

    private volatile int status = NONE;

    /** Adds {@code holder} to a Reactor context: {@code mono.contextWrite(UpstreamStatus.into(holder))}. */
    public static Function<Context, Context> into(UpstreamStatus holder) {
        return context -> context.put(KEY, holder);
    }

    /** Records {@code httpStatus} in the context's holder, if it has one. */
    public static void report(ContextView context, int httpStatus) {
        context.<UpstreamStatus>getOrEmpty(KEY).ifPresent(holder -> holder.status = httpStatus);
    }

    /** The last reported status, or {@code null} when the request made no upstream call that was answered. */
    public Integer value() {
        var current = status;
        return current == NONE ? null : current;
    }
}
