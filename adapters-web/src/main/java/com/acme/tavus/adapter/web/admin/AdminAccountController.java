package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.adapter.web.admin.AdminViews.Crumb;
import com.acme.tavus.adapter.web.admin.AdminViews.FieldView;
import com.acme.tavus.application.admin.port.in.AdminUserQueries;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase;
import com.acme.tavus.application.admin.port.in.RecordAdminActionUseCase;
import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The account pages: the login page (the form is processed by the admin security chain), the
 * signed-in admin's own password change, and an admin setting another account's password.
 */
@Hidden
@Controller
@RequestMapping("/admin")
class AdminAccountController {

    static final String ADMIN_USERS = "admin-users";

    private final ManageAdminUsersUseCase manage;
    private final AdminUserQueries admins;
    private final RecordAdminActionUseCase log;

    AdminAccountController(ManageAdminUsersUseCase manage, AdminUserQueries admins, RecordAdminActionUseCase log) {
        this.manage = manage;
        this.admins = admins;
        this.log = log;
    }

    @GetMapping("/login")
    Mono<Rendering> login(ServerWebExchange exchange) {
        var parameters = exchange.getRequest().getQueryParams();
        return exchange.getSession().flatMap(session -> {
            String error = session.getAttribute(AdminPages.LOGIN_ERROR);
            session.getAttributes().remove(AdminPages.LOGIN_ERROR);
            if (error == null && parameters.containsKey("error")) {
                error = "Please enter the correct username and password for a staff account.";
            }
            var model = new HashMap<String, Object>();
            model.put("loginError", error);
            model.put("loggedOut", parameters.containsKey("logout"));
            return AdminPages.render(exchange, "login", "Log in", List.of(), model);
        });
    }

    @GetMapping("/password_change/")
    Mono<Rendering> passwordChangeForm(ServerWebExchange exchange) {
        AdminPages.currentAdmin(exchange);
        return renderPassword(exchange, "Password change", AdminUrls.PASSWORD_CHANGE, true, Map.of(), null);
    }

    @PostMapping("/password_change/")
    Mono<Rendering> passwordChange(ServerWebExchange exchange) {
        var admin = AdminPages.currentAdmin(exchange);
        return exchange.getFormData().map(FormInput::new).flatMap(form -> {
            var newPassword = form.raw("new_password");
            if (!newPassword.equals(form.raw("new_password_confirmation"))) {
                return renderPassword(exchange, "Password change", AdminUrls.PASSWORD_CHANGE, true,
                        Map.of("new_password_confirmation", List.of("The two password fields didn’t match.")), null);
            }
            return manage.changeOwnPassword(admin.id(), form.raw("old_password"), newPassword)
                    .then(log.record(admin, AdminLogAction.CHANGE, ADMIN_USERS, admin.id().toString(), admin.username(),
                            "Changed their own password."))
                    .then(AdminMessages.success(exchange, "Your password was changed."))
                    .then(AdminPages.redirect(AdminUrls.ROOT))
                    .onErrorResume(AdminErrors::belongsOnTheForm, error -> renderPassword(exchange, "Password change",
                            AdminUrls.PASSWORD_CHANGE, true, AdminErrors.formErrors(error, fields(true)), null));
        });
    }

    @GetMapping("/admin-users/{id}/password/")
    Mono<Rendering> setPasswordForm(@PathVariable UUID id, ServerWebExchange exchange) {
        requireChangeAdminUsers(exchange);
        return admins.get(id).flatMap(target -> renderPassword(exchange, "Change password: " + target.username(),
                AdminUrls.object(ADMIN_USERS, id.toString()) + "password/", false, Map.of(), target.username()));
    }

    @PostMapping("/admin-users/{id}/password/")
    Mono<Rendering> setPassword(@PathVariable UUID id, ServerWebExchange exchange) {
        var admin = requireChangeAdminUsers(exchange);
        var action = AdminUrls.object(ADMIN_USERS, id.toString()) + "password/";
        return admins.get(id).flatMap(target -> exchange.getFormData().map(FormInput::new).flatMap(form -> {
            var title = "Change password: " + target.username();
            var newPassword = form.raw("new_password");
            if (!newPassword.equals(form.raw("new_password_confirmation"))) {
                return renderPassword(exchange, title, action, false,
                        Map.of("new_password_confirmation", List.of("The two password fields didn’t match.")),
                        target.username());
            }
            return manage.setPassword(id, newPassword, admin)
                    .then(log.record(admin, AdminLogAction.CHANGE, ADMIN_USERS, id.toString(), target.username(),
                            "Changed password."))
                    .then(AdminMessages.success(exchange, "Password changed successfully."))
                    .then(AdminPages.redirect(AdminUrls.change(ADMIN_USERS, id.toString())))
                    .onErrorResume(AdminErrors::belongsOnTheForm, error -> renderPassword(exchange, title, action,
                            false, AdminErrors.formErrors(error, fields(false)), target.username()));
        }));
    }

    private AdminUser requireChangeAdminUsers(ServerWebExchange exchange) {
        var admin = AdminPages.currentAdmin(exchange);
        if (!admin.may(ADMIN_USERS, AdminOperation.CHANGE)) {
            throw new AdminForbidden();
        }
        return admin;
    }

    private static LinkedHashSet<String> fields(boolean own) {
        var names = new LinkedHashSet<String>();
        if (own) {
            names.add("old_password");
        }
        names.add("new_password");
        names.add("new_password_confirmation");
        return names;
    }

    private static Mono<Rendering> renderPassword(ServerWebExchange exchange, String title, String action, boolean own,
            Map<String, List<String>> errors, String username) {
        var fields = new ArrayList<FieldView>();
        if (own) {
            fields.add(password("old_password", "Old password", errors, ""));
        }
        fields.add(password("new_password", "New password", errors,
                "At least 10 characters, not entirely numeric, not too common, not like the username or email."));
        fields.add(password("new_password_confirmation", "New password confirmation", errors,
                "Enter the same password as before, for verification."));
        var crumbs = username == null ? List.of(new Crumb("Password change", null)) : List.of(
                new Crumb("Admin users", AdminUrls.changeList(ADMIN_USERS)), new Crumb(username, null),
                new Crumb("Change password", null));
        return AdminPages.render(exchange, "password_change", title, crumbs, Map.of(
                "fields", fields, "formAction", action, "formErrors", errors.getOrDefault(AdminErrors.NON_FIELD, List.of())),
                errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static FieldView password(String name, String label, Map<String, List<String>> errors, String help) {
        return new FieldView(name, label, Widget.PASSWORD.name(), true, help, Display.EMPTY, List.of(), List.of(),
                errors.getOrDefault(name, List.of()));
    }
}
