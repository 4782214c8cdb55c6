package com.acme.tavus.adapter.web.admin.security;

import com.acme.tavus.adapter.web.admin.AdminPages;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.application.admin.port.in.AdminUserQueries;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.admin.AdminUser;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Loads the signed-in admin's account on every request (one indexed read) and hands it to the
 * pages. An account deleted, deactivated or no longer staff since it signed in ends its session
 * here: the session is invalidated and the browser sent to the login page.
 */
final class CurrentAdminFilter implements WebFilter {

    private final AdminUserQueries admins;

    CurrentAdminFilter(AdminUserQueries admins) {
        this.admins = admins;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> Optional.ofNullable(
                        context.getAuthentication() instanceof AdminAuthentication signedIn ? signedIn : null))
                .defaultIfEmpty(Optional.empty())
                .flatMap(signedIn -> signedIn.isEmpty() ? chain.filter(exchange) : admins.get(signedIn.get().adminId())
                        .filter(AdminUser::mayUseAdmin)
                        .onErrorResume(NotFoundException.class, gone -> Mono.empty())
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(admin -> {
                            if (admin.isEmpty()) {
                                return endSession(exchange);
                            }
                            exchange.getAttributes().put(AdminPages.CURRENT_ADMIN, admin.get());
                            return chain.filter(exchange);
                        }));
    }

    private static Mono<Void> endSession(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(session -> session.invalidate()).then(Mono.fromRunnable(() -> {
            exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
            exchange.getResponse().getHeaders().setLocation(URI.create(AdminUrls.LOGIN));
        }));
    }
}
