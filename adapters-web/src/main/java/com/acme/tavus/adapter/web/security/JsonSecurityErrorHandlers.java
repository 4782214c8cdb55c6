package com.acme.tavus.adapter.web.security;

import com.acme.tavus.adapter.web.error.ErrorResponses;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The answers Spring Security gives itself (401, 403, and 400 for requests its firewall rejects),
 * in the platform's {@code {"error": "..."}} format. None echoes the presented token or the
 * rejected input, nor says whether a token was missing or wrong: a prober learns nothing either way.
 */
final class JsonSecurityErrorHandlers {

    private JsonSecurityErrorHandlers() {}

    static final class Unauthenticated implements ServerAuthenticationEntryPoint {
        @Override
        public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException error) {
            return ErrorResponses.write(exchange, HttpStatus.UNAUTHORIZED, ErrorResponses.UNAUTHENTICATED, null);
        }
    }

    /** Names the scope the request needed: admin on the admin paths, else read or write by method. */
    static final class Forbidden implements ServerAccessDeniedHandler {
        private final ServerWebExchangeMatcher adminPaths;

        Forbidden(ServerWebExchangeMatcher adminPaths) {
            this.adminPaths = adminPaths;
        }

        @Override
        public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
            var method = exchange.getRequest().getMethod();
            var byMethod = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) ? "read" : "write";
            return adminPaths.matches(exchange)
                    .map(match -> match.isMatch() ? "admin" : byMethod)
                    .flatMap(scope -> ErrorResponses.write(exchange, HttpStatus.FORBIDDEN,
                            "This API token lacks the " + scope + " scope needed for this request", null));
        }
    }

    /** Paths with encoded slashes, {@code ..}, {@code ;} or control characters, rejected before routing. */
    static final class Rejected implements ServerExchangeRejectedHandler {
        @Override
        public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
            return ErrorResponses.write(exchange, HttpStatus.BAD_REQUEST, "The request path or headers are not allowed",
                    null);
        }
    }
}
