package com.acme.tavus.adapter.web.admin;

import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Resolves the session's CSRF token for every admin page. Spring Security only creates the token
 * when something asks for it; once it is in the exchange under {@code _csrf}, Thymeleaf adds it as a
 * hidden input to every form with a {@code th:action}.
 */
@ControllerAdvice(assignableTypes = {AdminController.class, AdminAccountController.class})
class AdminModelAttributes {

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return Mono.empty();
        }
        return token.doOnSuccess(resolved -> exchange.getAttributes()
                .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, resolved));
    }
}
