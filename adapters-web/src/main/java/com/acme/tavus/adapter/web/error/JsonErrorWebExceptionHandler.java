package com.acme.tavus.adapter.web.error;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Answers failures raised outside controllers (unknown routes, wrong method or content type,
 * filters) in the same {@code {"error": "..."}} format. Being an {@link ErrorWebExceptionHandler}
 * makes Boot's default handler, with its timestamp/path/trace JSON, back off entirely; the order
 * puts this one before Spring's own status handler as well.
 */
@Component
class JsonErrorWebExceptionHandler implements ErrorWebExceptionHandler, Ordered {

    /** Before Boot's default error handler (-1) and Spring's ResponseStatusException handler (0). */
    static final int ORDER = -2;

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            return Mono.empty(); // the client hung up: nobody to answer, nothing to log above DEBUG
        }
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        var answer = ApiErrors.translate(error, exchange.getRequest());
        ApiErrors.log(answer, error, exchange);
        return ErrorResponses.write(exchange, answer);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
