package com.acme.tavus.adapter.web.admin.security;

import com.acme.tavus.adapter.web.admin.AdminPages;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The answers the admin chain gives itself, outside any controller: a failed login goes back to the
 * login page with the reason kept in the session for one display; a refused CSRF token and a
 * forbidden page are small, static HTML pages (no input is echoed).
 */
final class AdminSecurityPages {

    static final String CHECK_FAILED = "The sign-in could not be checked right now. Please try again.";

    private final DefaultServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    ServerAuthenticationFailureHandler loginFailed() {
        return (filterExchange, failure) -> {
            var exchange = filterExchange.getExchange();
            var message = failure instanceof BadCredentialsException ? failure.getMessage() : CHECK_FAILED;
            return exchange.getSession()
                    .doOnNext(session -> session.getAttributes().put(AdminPages.LOGIN_ERROR, message))
                    .then(redirects.sendRedirect(exchange, URI.create(AdminUrls.LOGIN + "?error")));
        };
    }

    ServerAccessDeniedHandler csrfRejected() {
        return (exchange, denied) -> denied instanceof CsrfException
                ? page(exchange, "CSRF verification failed. Request aborted.",
                        "The form was sent without a valid CSRF token, or your session expired. Go back, reload the "
                                + "page and try again.")
                : forbidden().handle(exchange, denied);
    }

    ServerAccessDeniedHandler forbidden() {
        return (exchange, denied) -> page(exchange, "Permission denied",
                "You are signed in, but not allowed to see this page.");
    }

    private static Mono<Void> page(ServerWebExchange exchange, String title, String explanation) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        var html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>403 Forbidden</title>
                <link rel="stylesheet" href="/admin/static/admin.css"></head>
                <body><div id="header"><div id="branding"><a href="/admin/">Tavus platform administration</a></div></div>
                <div id="content" class="error-page"><h1>Forbidden (403)</h1><p><strong>%s</strong></p><p>%s</p>
                <p><a href="/admin/">Back to the admin site</a></p></div></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(explanation));
        var bytes = html.getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }
}
