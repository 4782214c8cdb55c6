package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.adapter.web.admin.AdminViews.Crumb;
import com.acme.tavus.domain.admin.AdminUser;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Renders an admin page with what every page shows: the site title, the signed-in admin, the
 * breadcrumbs and the pending messages. The CSRF token is added by {@link AdminModelAttributes}.
 */
public final class AdminPages {

    /** The exchange attribute holding the signed-in {@link AdminUser}, set by the admin security chain. */
    public static final String CURRENT_ADMIN = AdminPages.class.getName() + ".currentAdmin";

    /** Session attribute holding the last login failure's message, shown once by the login page. */
    public static final String LOGIN_ERROR = "admin.loginError";

    private AdminPages() {}

    /** The signed-in admin; only on pages behind the login. */
    public static AdminUser currentAdmin(ServerWebExchange exchange) {
        AdminUser admin = exchange.getAttribute(CURRENT_ADMIN);
        if (admin == null) {
            throw new AdminForbidden();
        }
        return admin;
    }

    public static Mono<Rendering> render(ServerWebExchange exchange, String view, String title, List<Crumb> crumbs,
            Map<String, Object> model) {
        return render(exchange, view, title, crumbs, model, HttpStatus.OK);
    }

    public static Mono<Rendering> render(ServerWebExchange exchange, String view, String title, List<Crumb> crumbs,
            Map<String, Object> model, HttpStatus status) {
        return AdminMessages.take(exchange).map(messages -> Rendering.view("admin/" + view)
                .model(model)
                .modelAttribute("siteTitle", AdminSite.TITLE)
                .modelAttribute("title", title)
                .modelAttribute("crumbs", crumbs)
                .modelAttribute("messages", messages)
                .modelAttribute("admin", exchange.getAttributeOrDefault(CURRENT_ADMIN, (AdminUser) null))
                .status(status)
                .build());
    }

    public static Mono<Rendering> redirect(String location) {
        return Mono.just(Rendering.redirectTo(location).build());
    }
}
