package com.acme.tavus.adapter.web.security;

import com.acme.tavus.adapter.web.error.ErrorResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs before the token check: a request that presents a token from an address with too many recent
 * failures is answered 429 with {@code Retry-After}, without checking the token (so a blocked
 * address learns nothing, valid token or not). Requests without a token pass: they guess nothing.
 */
final class FailedAuthenticationThrottleFilter implements WebFilter {

    static final String MESSAGE = "Too many failed token attempts from this address; try again later";

    private final FailedAuthenticationThrottle throttle;

    FailedAuthenticationThrottleFilter(FailedAuthenticationThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        var token = request.getHeaders().getFirst(ApiTokenAuthenticationConverter.HEADER);
        if (token == null || token.isBlank()) {
            return chain.filter(exchange);
        }
        return throttle.blockedFor(throttle.clientAddress(request))
                .map(wait -> {
                    var headers = new HttpHeaders();
                    // Whole seconds, rounded up: never invite a retry that is still too early.
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
                    return ErrorResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, MESSAGE, headers);
                })
                .orElseGet(() -> chain.filter(exchange));
    }
}
