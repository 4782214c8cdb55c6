package com.acme.tavus.adapter.web.admin;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers the admin pages' failures with the admin's own HTML error page (the API's advice would
 * answer JSON): 403, 404, a provider's status for Tavus failures, 500 for anything unexpected (with
 * a fixed message; the failure is logged). Ordered before the API's catch-all advice.
 */
@Hidden
@ControllerAdvice(assignableTypes = {AdminController.class, AdminAccountController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminExceptionHandler {

    @ExceptionHandler(Exception.class)
    Mono<Rendering> handle(Exception error, ServerWebExchange exchange) {
        var status = AdminErrors.status(error);
        var title = switch (status.value()) {
            case 403 -> "Permission denied";
            case 404 -> "Not found";
            default -> status.is5xxServerError() ? "Something went wrong" : "That did not work";
        };
        return AdminPages.render(exchange, "error", title, List.of(new AdminViews.Crumb(title, null)),
                Map.of("status", status.value(), "message", AdminErrors.describe(error)), status);
    }
}
