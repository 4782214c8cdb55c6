package com.acme.tavus.application.shared;

import reactor.core.publisher.Mono;

/**
 * Work that must not stop half-way because the caller stopped listening. A client that hangs up
 * cancels its request's pipeline; cancelling "create on Tavus, then record it" between the two steps
 * would leave a billed conversation nobody tracks (the record's JDBC work is interrupted and rolled
 * back). Wrapped here, the work runs to its end on its own subscription, with the caller's context
 * (request id, audit data); a caller still listening gets its result as before.
 */
public final class RunToCompletion {

    private RunToCompletion() {
    }

    public static <T> Mono<T> evenIfCancelled(Mono<T> work) {
        return Mono.deferContextual(context ->
                Mono.fromFuture(() -> work.contextWrite(context).toFuture(), true));
    }
}
