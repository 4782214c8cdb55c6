package com.acme.tavus.adapter.web;

import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Adds {@code X-Tavus-Mode: sandbox|live} to every response, errors and 401s included, so a client
 * can always tell whether it talked to the in-process simulator or to the real (billed) Tavus.
 *
 * <p>Not a component: the bootstrap module knows the mode and declares this filter as a bean. It
 * runs before the security filter chain and sets the header just before the response is committed,
 * so answers written by security or by the error handler carry it too.
 */
public final class TavusModeHeaderFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Tavus-Mode";
    private static final Set<String> MODES = Set.of("sandbox", "live");

    private final String mode;

    /** @param mode {@code sandbox} or {@code live} (case-insensitive) */
    public TavusModeHeaderFilter(String mode) {
        var normalised = mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT);
        if (!MODES.contains(normalised)) {
            throw new IllegalArgumentException("Tavus mode must be sandbox or live, not '" + mode + "'");
        }
        this.mode = normalised;
    }

    public String mode() {
        return mode;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var response = exchange.getResponse();
        response.beforeCommit(() -> Mono.fromRunnable(() -> response.getHeaders().set(HEADER, mode)));
        return chain.filter(exchange);
    }

    /** Ahead of Spring Security's chain (order -100), so its 401 and 403 answers get the header as well. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
