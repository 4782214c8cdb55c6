package com.acme.tavus.adapter.web.error;

import com.acme.tavus.adapter.web.edge.RequestIdFilter;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Turns every exception a controller raises into {@code {"error": "..."}}. Catches
 * {@link Exception} on purpose: a controller failure must never fall through to a default error
 * page that could show an exception class. Hidden from springdoc, whose generic responses would
 * otherwise document it as a catch-all; the error responses are documented per operation instead.
 */
@Hidden
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<ErrorResponse>> handle(Exception error, ServerWebExchange exchange) {
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            // The client hung up: nobody is left to answer, and writing would only fail again.
            LOG.debug("[request {}] The client closed the connection before the answer", RequestIdFilter.of(exchange));
            return Mono.empty();
        }
        var answer = ApiErrors.translate(error, exchange.getRequest());
        ApiErrors.log(answer, error, exchange);
        return Mono.just(ResponseEntity.status(answer.status())
                .headers(answer.headers())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body()));
    }
}
