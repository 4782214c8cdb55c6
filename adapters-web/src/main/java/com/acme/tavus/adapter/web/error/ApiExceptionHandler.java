package com.acme.tavus.adapter.web.error;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every exception a controller raises into {@code {"error": "..."}}. Catches
 * {@link Exception} on purpose: a controller failure must never fall through to a default error
 * page that could show an exception class. Hidden from springdoc, whose generic responses would
 * otherwise document it as a catch-all; the error responses are documented per operation instead.
 */
@Hidden
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> handle(Exception error, ServerWebExchange exchange) {
        var answer = ApiErrors.translate(error, exchange.getRequest());
        ApiErrors.log(answer, error, exchange);
        return ResponseEntity.status(answer.status())
                .headers(answer.headers())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }
}
