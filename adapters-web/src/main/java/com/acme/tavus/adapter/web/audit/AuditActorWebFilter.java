package com.acme.tavus.adapter.web.audit;

import com.acme.tavus.domain.apitoken.Caller;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Names the authenticated caller in the request's audit entry. It has to be a filter of its own:
 * {@link AuditWebFilter} runs before Spring Security so it also sees refusals, but the security
 * context only exists downstream of the authentication filter. So this one runs twice over: inside
 * the API security chain right after authentication (added there, so a 403 still names the token
 * that was refused) and, as a bean, after every security chain (for chains that do not add it).
 *
 * <p>The actor is the API token's name ({@link Caller}); any other kind of authentication is named by
 * {@link Authentication#getName()}, unless the chain that adds this filter names it its own way
 * ({@link #naming}: the admin chain says {@code admin:<username>}). The first name given stands:
 * the bean after the chains never renames what a chain's own filter named.
 */
@Component
public final class AuditActorWebFilter implements WebFilter, Ordered {

    /** After Spring Security's filter chain (-100) and the body limit (-90). */
    static final int ORDER = -80;

    private final Function<Authentication, String> naming;

    public AuditActorWebFilter() {
        this(AuditActorWebFilter::actorOf);
    }

    private AuditActorWebFilter(Function<Authentication, String> naming) {
        this.naming = naming;
    }

    /** For a security chain whose authentications are named another way, such as {@code admin:<username>}. */
    public static AuditActorWebFilter naming(Function<Authentication, String> naming) {
        return new AuditActorWebFilter(Objects.requireNonNull(naming, "naming"));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var audited = AuditedRequest.of(exchange);
        if (audited == null || audited.actor() != null) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .doOnNext(authentication -> audited.actor(naming.apply(authentication)))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }

    private static String actorOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof Caller caller) {
            return caller.actor().name();
        }
        var name = authentication.getName();
        return name == null || name.isBlank() ? AuditWebFilter.ANONYMOUS : name;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
