package com.acme.tavus.adapter.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the {@code X-API-TOKEN} header. No header (or an empty one) means "not authenticated":
 * the request continues anonymously and authorization answers 401 unless the route is public.
 */
final class ApiTokenAuthenticationConverter implements ServerAuthenticationConverter {

    static final String HEADER = "X-API-TOKEN";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        var token = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (token == null || token.isBlank()) {
            return Mono.empty();
        }
        return Mono.just(ApiTokenAuthentication.unauthenticated(token.strip()));
    }
}
