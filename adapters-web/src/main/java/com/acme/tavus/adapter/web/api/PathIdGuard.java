package com.acme.tavus.adapter.web.api;

import com.acme.tavus.domain.shared.ResourceIds;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Checks every id in a request path ({@code {conversation_id}}, {@code {replica_id}}, any path
 * variable whose name ends in {@code id}) against the one safe-id rule ({@link ResourceIds}) before
 * any controller method runs, so no route, including those added later, can pass {@code ../},
 * an encoded slash, {@code ?} or {@code #} on to an upstream URL. A bad id is a 400 naming the
 * parameter ({@code "conversation_id: must be 1-64 letters, digits, '-' or '_' ..."}), and the
 * request body is not even read.
 *
 * <p>Scoped to the JSON API's controllers: the admin site names its objects by other ids, and a
 * {@code void} model attribute method applied to its controllers kept their asynchronous
 * {@code _csrf} model attribute from resolving, so admin forms went out without a CSRF token.
 *
 * <p>Defence in depth: Spring Security's firewall already refuses encoded slashes, {@code ..} and
 * {@code ;} in any path, domain ids check themselves again, and the Tavus adapter builds URLs from
 * templates, which encode what they insert.
 */
@Hidden
@ControllerAdvice(basePackages = "com.acme.tavus.adapter.web.api")
class PathIdGuard {

    @ModelAttribute
    void checkPathIds(ServerWebExchange exchange) {
        Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return;
        }
        variables.forEach((name, value) -> {
            if (name.endsWith("id")) {
                ResourceIds.requireSafe(value, name);
            }
        });
    }
}
