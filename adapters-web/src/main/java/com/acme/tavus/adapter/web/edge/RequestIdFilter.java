package com.acme.tavus.adapter.web.edge;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id and every response an {@code X-Request-Id} header, 401s and errors
 * included (this filter runs first of all). A client's own {@code X-Request-Id} is kept when it is
 * 1 to 128 characters of {@code [A-Za-z0-9._-]}, so a caller can follow its request through our
 * logs and audit trail; anything else is replaced by a random UUID rather than echoed, since a
 * header value goes into logs and the database.
 *
 * <p>The id is available as an exchange attribute ({@link #of}) and in the request's Reactor
 * context under {@link #CONTEXT_KEY}.
 */
@Component
public final class RequestIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String CONTEXT_KEY = RequestIdFilter.class.getName() + ".id";
    /** Before everything else, so even answers written by other filters carry the id. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /** The id of the request being served, or {@code null} outside this filter. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var presented = exchange.getRequest().getHeaders().getFirst(HEADER);
        var id = presented != null && ACCEPTED.matcher(presented).matches() ? presented : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange).contextWrite(context -> context.put(CONTEXT_KEY, id));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
