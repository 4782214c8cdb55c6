package com.acme.tavus.adapter.web.error;

import java.time.Duration;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The answer to give for one failure: status, client-facing message, extra headers
 * ({@code Retry-After}, {@code Allow}), and whether it was unexpected (a bug or an outage the
 * server must log with its stack trace).
 */
record ApiError(HttpStatusCode status, String message, HttpHeaders headers, boolean unexpected) {

    static final String INTERNAL_ERROR = "Internal error";

    ApiError {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        headers = headers == null ? new HttpHeaders() : headers;
    }

    static ApiError of(HttpStatusCode status, String message) {
        return new ApiError(status, message, new HttpHeaders(), false);
    }

    static ApiError internal() {
        return new ApiError(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR, new HttpHeaders(), true);
    }

    /** A copy that tells the client when to retry, in whole seconds rounded up (at least 1). */
    ApiError retryAfter(Duration delay) {
        var seconds = Math.max(1, (delay.toMillis() + 999) / 1000);
        var copy = new HttpHeaders();
        copy.putAll(headers);
        copy.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return new ApiError(status, message, copy, unexpected);
    }

    ErrorResponse body() {
        return new ErrorResponse(message);
    }
}
