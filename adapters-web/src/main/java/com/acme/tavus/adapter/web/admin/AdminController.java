package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.adapter.web.admin.AdminViews.Area;
import com.acme.tavus.adapter.web.admin.AdminViews.Crumb;
import com.acme.tavus.adapter.web.admin.AdminViews.HistoryRow;
import com.acme.tavus.adapter.web.admin.AdminViews.ModelLink;
import com.acme.tavus.adapter.web.admin.AdminViews.ObjectButton;
import com.acme.tavus.adapter.web.admin.AdminViews.Option;
import com.acme.tavus.adapter.web.admin.AdminViews.RecentAction;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.admin.port.in.AdminLogQueries;
import com.acme.tavus.application.admin.port.in.RecordAdminActionUseCase;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminLogEntry;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every page of every registered model, rendered from its {@link ModelAdmin}: the index, change
 * lists with search, filters, sorting, paging and actions, add and change forms, the delete
 * confirmation and each object's history. Every success is written to the admin log; every page
 * checks the signed-in admin's permission for the model first (403 otherwise).
 */
@Hidden
@Controller
@RequestMapping("/admin")
class AdminController {

    static final String DELETE_SELECTED = "delete_selected";
    static final String SELECTED = "_selected_action";
    static final int RECENT_ACTIONS = 10;

    private final AdminSite site;
    private final AdminLogQueries history;
    private final RecordAdminActionUseCase log;

    AdminController(AdminSite site, AdminLogQueries history, RecordAdminActionUseCase log) {
        this.site = site;
        this.history = history;
        this.log = log;
    }

    // ---- index ----------------------------------------------------------------------------------

    @GetMapping({"", "/"})
    Mono<Rendering> index(ServerWebExchange exchange) {
        if (!exchange.getRequest().getPath().value().endsWith("/")) {
            return AdminPages.redirect(AdminUrls.ROOT);
        }
        var admin = AdminPages.currentAdmin(exchange);
        var areas = new ArrayList<Area>();
        site.byArea().forEach((title, models) -> {
            var links = models.stream().filter(m -> admin.mayUseModel(m.slug())).map(m -> new ModelLink(
                    capitalised(m.plural()), AdminUrls.changeList(m.slug()),
                    m.permits(admin, AdminOperation.ADD) ? AdminUrls.add(m.slug()) : null,
                    !m.permits(admin, AdminOperation.CHANGE))).toList();
            if (!links.isEmpty()) {
                areas.add(new Area(title, links));
            }
        });
        return history.recent(admin.id(), RECENT_ACTIONS).map(this::recentAction).collectList()
                .flatMap(recent -> AdminPages.render(exchange, "index", "Site administration", List.of(),
                        Map.of("areas", areas, "recent", recent)));
    }

    private RecentAction recentAction(AdminLogEntry entry) {
        var model = site.model(entry.model());
        var href = entry.action() == AdminLogAction.DELETION || model.isEmpty() ? null
                : AdminUrls.change(entry.model(), entry.objectId());
        return new RecentAction(entry.action().value(), entry.objectRepr(), href,
                model.map(m -> capitalised(m.singular())).orElse(entry.model()));
    }

    // ---- change list and actions ----------------------------------------------------------------

    @GetMapping({"/{model}/", "/{model}"})
    Mono<Rendering> changeList(@PathVariable String model, ServerWebExchange exchange) {
        return changeListOf(model(model), exchange);
    }

    private <T> Mono<Rendering> changeListOf(ModelAdmin<T> admin, ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        require(admin.permits(user, AdminOperation.VIEW) || admin.permits(user, AdminOperation.CHANGE));
        var query = ChangeLists.query(admin, exchange.getRequest().getQueryParams(), site.clock());
        var base = AdminUrls.changeList(admin.slug());
        return admin.list(query).flatMap(page -> {
            var model = new HashMap<String, Object>();
            model.put("model", admin);
            model.put("modelName", capitalised(admin.plural()));
            model.put("addHref", admin.permits(user, AdminOperation.ADD) ? AdminUrls.add(admin.slug()) : null);
            model.put("columns", ChangeLists.columns(admin, query, base));
            model.put("rows", ChangeLists.rows(admin, page));
            model.put("filters", ChangeLists.filters(admin, query, base));
            model.put("pages", ChangeLists.pages(query, page.totalCount(), base));
            model.put("total", page.totalCount());
            model.put("countLabel", page.totalCount() == 1 ? admin.singular() : admin.plural());
            model.put("searchable", !admin.searchFields().isEmpty());
            model.put("searchHelp", searchHelp(admin));
            model.put("search", query.search() == null ? "" : query.search());
            model.put("kept", ChangeLists.keptBySearch(query));
            model.put("clearSearchHref", base + AdminUrls.query(ChangeLists.keptBySearch(query)));
            model.put("actions", actionOptions(admin, user));
            model.put("formAction", base);
            model.put("preserved", AdminUrls.query(ChangeLists.parameters(query)).replaceFirst("^\\?", ""));
            var verb = admin.permits(user, AdminOperation.CHANGE) && !AdminForms.editableOnChange(admin).isEmpty()
                    ? " to change" : " to view";
            return AdminPages.render(exchange, "change_list", "Select " + admin.singular() + verb,
                    List.of(new Crumb(capitalised(admin.plural()), null)), model);
        });
    }

    @PostMapping({"/{model}/", "/{model}"})
    Mono<Rendering> runAction(@PathVariable String model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> runActionOf(model(model), form, exchange));
    }

    private <T> Mono<Rendering> runActionOf(ModelAdmin<T> admin, MultiValueMap<String, String> form,
            ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        var back = AdminUrls.changeList(admin.slug()) + ChangeLists.preserved(form.getFirst(ChangeLists.PRESERVED));
        var name = Objects.requireNonNullElse(form.getFirst("action"), "");
        var ids = List.copyOf(new LinkedHashSet<>(form.getOrDefault(SELECTED, List.of())));
        if (ids.isEmpty()) {
            return AdminMessages.warning(exchange,
                    "Items must be selected in order to perform actions on them. No items have been changed.")
                    .then(AdminPages.redirect(back));
        }
        if (DELETE_SELECTED.equals(name)) {
            require(admin.permits(user, AdminOperation.DELETE));
            return "yes".equals(form.getFirst("post"))
                    ? deleteSelected(admin, user, ids, exchange).then(AdminPages.redirect(back))
                    : confirmDeleteSelected(admin, ids, back, exchange);
        }
        var action = admin.actions().stream().filter(a -> a.name().equals(name)).findFirst();
        if (action.isEmpty()) {
            return AdminMessages.warning(exchange, "No action selected.").then(AdminPages.redirect(back));
        }
        require(admin.permits(user, action.get().permission()));
        return runOnEach(admin, action.get(), user, ids, exchange).then(AdminPages.redirect(back));
    }

    private <T> Mono<Void> runOnEach(ModelAdmin<T> admin, AdminAction<T> action, AdminUser user, List<String> ids,
            ServerWebExchange exchange) {
        var failures = new ArrayList<String>();
        return Flux.fromIterable(ids)
                .concatMap(id -> admin.get(id)
                        .flatMap(object -> action.run().apply(object, user).defaultIfEmpty("")
                                .flatMap(note -> log.record(user, AdminLogAction.CHANGE, admin.slug(), admin.idOf(object),
                                        admin.describe(object), "Ran action \"" + action.label() + "\""
                                                + (note.isBlank() ? "." : ": " + note + "."))))
                        .map(done -> 1)
                        .onErrorResume(error -> {
                            failures.add(id + ": " + AdminErrors.describe(error));
                            return Mono.empty();
                        }))
                .count()
                .flatMap(done -> {
                    var messages = Mono.<Void>empty();
                    if (done > 0) {
                        messages = AdminMessages.success(exchange, action.label() + ": done for " + done + " "
                                + (done == 1 ? admin.singular() : admin.plural()) + ".");
                    }
                    for (var failure : failures) {
                        messages = messages.then(AdminMessages.error(exchange, action.label() + " failed for " + failure));
                    }
                    return messages;
                });
    }

    private <T> Mono<Rendering> confirmDeleteSelected(ModelAdmin<T> admin, List<String> ids, String back,
            ServerWebExchange exchange) {
        return Flux.fromIterable(ids).concatMap(admin::get)
                .concatMap(object -> admin.deletionEffects(object).map(effects -> Map.of(
                        "repr", admin.describe(object), "id", admin.idOf(object), "effects", effects)))
                .collectList()
                .flatMap(objects -> AdminPages.render(exchange, "delete_selected_confirmation", "Are you sure?",
                        List.of(new Crumb(capitalised(admin.plural()), AdminUrls.changeList(admin.slug())),
                                new Crumb("Delete multiple objects", null)),
                        Map.of("model", admin, "objects", objects, "formAction", AdminUrls.changeList(admin.slug()),
                                "backHref", back, "pluralName", admin.plural(),
                                "preserved", back.contains("?") ? back.substring(back.indexOf('?') + 1) : "")));
    }

    private <T> Mono<Void> deleteSelected(ModelAdmin<T> admin, AdminUser user, List<String> ids,
            ServerWebExchange exchange) {
        var failures = new ArrayList<String>();
        return Flux.fromIterable(ids)
                .concatMap(id -> admin.get(id)
                        .flatMap(object -> admin.delete(object, user).then(log.record(user, AdminLogAction.DELETION,
                                admin.slug(), admin.idOf(object), admin.describe(object), "Deleted.")))
                        .map(done -> 1)
                        .onErrorResume(error -> {
                            failures.add(id + ": " + AdminErrors.describe(error));
                            return Mono.empty();
                        }))
                .count()
                .flatMap(done -> {
                    var messages = done > 0 ? AdminMessages.success(exchange, "Successfully deleted " + done + " "
                            + (done == 1 ? admin.singular() : admin.plural()) + ".") : Mono.<Void>empty();
                    for (var failure : failures) {
                        messages = messages.then(AdminMessages.error(exchange, "Could not delete " + failure));
                    }
                    return messages;
                });
    }

    // ---- add ------------------------------------------------------------------------------------

    @GetMapping("/{model}/add/")
    Mono<Rendering> addForm(@PathVariable String model, ServerWebExchange exchange) {
        var admin = model(model);
        require(admin.permits(AdminPages.currentAdmin(exchange), AdminOperation.ADD));
        return renderAdd(admin, null, Map.of(), exchange);
    }

    @PostMapping("/{model}/add/")
    Mono<Rendering> add(@PathVariable String model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> addOf(model(model), new FormInput(form), exchange));
    }

    private <T> Mono<Rendering> addOf(ModelAdmin<T> admin, FormInput form, ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        require(admin.permits(user, AdminOperation.ADD));
        return Mono.defer(() -> admin.add(form, user))
                .flatMap(added -> {
                    var created = added.object();
                    var id = admin.idOf(created);
                    var name = admin.describe(created);
                    AuditedExchange.resource(exchange, id);
                    var logged = log.record(user, AdminLogAction.ADDITION, admin.slug(), id, name, "Added.")
                            .then(AdminMessages.success(exchange, "The " + admin.singular() + " \"" + name
                                    + "\" was added successfully."));
                    return added.shownOnce() == null
                            ? logged.then(AdminPages.redirect(afterSave(admin, id, form)))
                            : logged.then(renderShownOnce(admin, id, name, added.shownOnce(), exchange));
                })
                .onErrorResume(AdminErrors::belongsOnTheForm, error -> renderAdd(admin, form,
                        AdminErrors.formErrors(error, new LinkedHashSet<>(admin.addFields())), exchange));
    }

    private <T> Mono<Rendering> renderAdd(ModelAdmin<T> admin, FormInput sent, Map<String, List<String>> errors,
            ServerWebExchange exchange) {
        return AdminPages.render(exchange, "change_form", "Add " + admin.singular(),
                List.of(new Crumb(capitalised(admin.plural()), AdminUrls.changeList(admin.slug())),
                        new Crumb("Add " + admin.singular(), null)),
                formModel(admin, AdminForms.addForm(admin, sent, errors), errors, AdminUrls.add(admin.slug()), true),
                errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /**
     * The answer to the POST itself (never a redirect, so the value is in no URL, session or later
     * page), marked not to be stored by the browser (the admin chain's {@code Cache-Control: no-store}).
     */
    private <T> Mono<Rendering> renderShownOnce(ModelAdmin<T> admin, String id, String name, ModelAdmin.ShownOnce shown,
            ServerWebExchange exchange) {
        return AdminPages.render(exchange, "shown_once", "Added " + admin.singular(),
                List.of(new Crumb(capitalised(admin.plural()), AdminUrls.changeList(admin.slug())),
                        new Crumb(name, AdminUrls.change(admin.slug(), id)), new Crumb("Added", null)),
                Map.of("shown", shown, "objectName", name, "objectHref", AdminUrls.change(admin.slug(), id),
                        "listHref", AdminUrls.changeList(admin.slug()), "addHref", AdminUrls.add(admin.slug())));
    }

    // ---- change ---------------------------------------------------------------------------------

    @GetMapping("/{model}/{id}/")
    Mono<Rendering> object(@PathVariable String model, @PathVariable String id) {
        return AdminPages.redirect(AdminUrls.change(model(model).slug(), id));
    }

    @GetMapping("/{model}/{id}/change/")
    Mono<Rendering> changeForm(@PathVariable String model, @PathVariable String id, ServerWebExchange exchange) {
        return changeFormOf(model(model), id, exchange);
    }

    private <T> Mono<Rendering> changeFormOf(ModelAdmin<T> admin, String id, ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        require(admin.permits(user, AdminOperation.VIEW) || admin.permits(user, AdminOperation.CHANGE));
        return admin.get(id).flatMap(object -> renderChange(admin, object, null, Map.of(), exchange));
    }

    @PostMapping("/{model}/{id}/change/")
    Mono<Rendering> change(@PathVariable String model, @PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> changeOf(model(model), id, new FormInput(form), exchange));
    }

    private <T> Mono<Rendering> changeOf(ModelAdmin<T> admin, String id, FormInput form, ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        require(admin.permits(user, AdminOperation.CHANGE));
        return admin.get(id).flatMap(before -> Mono.defer(() -> admin.update(before, form, user))
                .flatMap(after -> {
                    var name = admin.describe(after);
                    return log.record(user, AdminLogAction.CHANGE, admin.slug(), admin.idOf(after), name,
                                    AdminForms.changeMessage(admin, before, after))
                            .then(AdminMessages.success(exchange, "The " + admin.singular() + " \"" + name
                                    + "\" was changed successfully."))
                            .then(AdminPages.redirect(afterSave(admin, admin.idOf(after), form)));
                })
                .onErrorResume(AdminErrors::belongsOnTheForm, error -> renderChange(admin, before, form,
                        AdminErrors.formErrors(error, AdminForms.editableOnChange(admin)), exchange)));
    }

    private <T> Mono<Rendering> renderChange(ModelAdmin<T> admin, T object, FormInput sent,
            Map<String, List<String>> errors, ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        var id = admin.idOf(object);
        var mayChange = admin.permits(user, AdminOperation.CHANGE) && !AdminForms.editableOnChange(admin).isEmpty();
        var model = formModel(admin, AdminForms.changeForm(admin, user, object, sent, errors), errors,
                AdminUrls.change(admin.slug(), id), mayChange);
        model.put("objectName", admin.describe(object));
        model.put("historyHref", AdminUrls.history(admin.slug(), id));
        model.put("deleteHref", admin.permits(user, AdminOperation.DELETE) ? AdminUrls.delete(admin.slug(), id) : null);
        model.put("objectLinks", admin.objectLinks(object));
        model.put("buttons", admin.actions().stream().filter(a -> admin.permits(user, a.permission()))
                .map(a -> new ObjectButton(a.label(), AdminUrls.action(admin.slug(), id, a.name()))).toList());
        var verb = mayChange ? "Change " : "View ";
        return AdminPages.render(exchange, "change_form", verb + admin.singular(),
                List.of(new Crumb(capitalised(admin.plural()), AdminUrls.changeList(admin.slug())),
                        new Crumb(admin.describe(object), null)),
                model, errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @PostMapping("/{model}/{id}/actions/{action}/")
    Mono<Rendering> objectAction(@PathVariable String model, @PathVariable String id, @PathVariable String action,
            ServerWebExchange exchange) {
        return objectActionOf(model(model), id, action, exchange);
    }

    private <T> Mono<Rendering> objectActionOf(ModelAdmin<T> admin, String id, String name, ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        var action = admin.actions().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("action", name));
        require(admin.permits(user, action.permission()));
        return runOnEach(admin, action, user, List.of(id), exchange)
                .then(AdminPages.redirect(AdminUrls.change(admin.slug(), id)));
    }

    // ---- delete and history -----------------------------------------------------------------------

    @GetMapping("/{model}/{id}/delete/")
    Mono<Rendering> confirmDelete(@PathVariable String model, @PathVariable String id, ServerWebExchange exchange) {
        return confirmDeleteOf(model(model), id, exchange);
    }

    private <T> Mono<Rendering> confirmDeleteOf(ModelAdmin<T> admin, String id, ServerWebExchange exchange) {
        require(admin.permits(AdminPages.currentAdmin(exchange), AdminOperation.DELETE));
        return admin.get(id).flatMap(object -> admin.deletionEffects(object).flatMap(effects ->
                AdminPages.render(exchange, "delete_confirmation", "Are you sure?",
                        List.of(new Crumb(capitalised(admin.plural()), AdminUrls.changeList(admin.slug())),
                                new Crumb(admin.describe(object), AdminUrls.change(admin.slug(), id)),
                                new Crumb("Delete", null)),
                        Map.of("model", admin, "objectName", admin.describe(object), "effects", effects,
                                "formAction", AdminUrls.delete(admin.slug(), id),
                                "backHref", AdminUrls.change(admin.slug(), id)))));
    }

    @PostMapping("/{model}/{id}/delete/")
    Mono<Rendering> delete(@PathVariable String model, @PathVariable String id, ServerWebExchange exchange) {
        return deleteOf(model(model), id, exchange);
    }

    private <T> Mono<Rendering> deleteOf(ModelAdmin<T> admin, String id, ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        require(admin.permits(user, AdminOperation.DELETE));
        return admin.get(id).flatMap(object -> admin.delete(object, user)
                .then(log.record(user, AdminLogAction.DELETION, admin.slug(), admin.idOf(object), admin.describe(object),
                        "Deleted."))
                .then(AdminMessages.success(exchange, "The " + admin.singular() + " \"" + admin.describe(object)
                        + "\" was deleted successfully."))
                .then(AdminPages.redirect(AdminUrls.changeList(admin.slug())))
                .onErrorResume(error -> !(error instanceof AdminForbidden), error -> AdminMessages.error(exchange,
                        "Could not delete the " + admin.singular() + ": " + AdminErrors.describe(error))
                        .then(AdminPages.redirect(AdminUrls.change(admin.slug(), id)))));
    }

    @GetMapping("/{model}/{id}/history/")
    Mono<Rendering> history(@PathVariable String model, @PathVariable String id, ServerWebExchange exchange) {
        return historyOf(model(model), id, exchange);
    }

    private <T> Mono<Rendering> historyOf(ModelAdmin<T> admin, String id, ServerWebExchange exchange) {
        var user = AdminPages.currentAdmin(exchange);
        require(admin.permits(user, AdminOperation.VIEW) || admin.permits(user, AdminOperation.CHANGE));
        return admin.get(id).flatMap(object -> history.history(admin.slug(), admin.idOf(object))
                .map(entry -> new HistoryRow(AdminField.TIME.format(entry.actionTime()), entry.adminUsername(),
                        entry.action().value(), entry.message()))
                .collectList()
                .flatMap(rows -> AdminPages.render(exchange, "object_history",
                        "Change history: " + admin.describe(object),
                        List.of(new Crumb(capitalised(admin.plural()), AdminUrls.changeList(admin.slug())),
                                new Crumb(admin.describe(object), AdminUrls.change(admin.slug(), id)),
                                new Crumb("History", null)),
                        Map.of("rows", rows, "objectName", admin.describe(object)))));
    }

    /** Any other path under /admin/: the admin's own 404 page rather than the API's JSON. */
    @RequestMapping("/**")
    Mono<Rendering> unknown(ServerWebExchange exchange) {
        return Mono.error(new NotFoundException("page", exchange.getRequest().getPath().value()));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private <T> HashMap<String, Object> formModel(ModelAdmin<T> admin, List<AdminViews.FieldsetView> fieldsets,
            Map<String, List<String>> errors, String formAction, boolean editable) {
        var model = new HashMap<String, Object>();
        model.put("model", admin);
        model.put("fieldsets", fieldsets);
        model.put("formErrors", errors.getOrDefault(AdminErrors.NON_FIELD, List.of()));
        model.put("hasErrors", !errors.isEmpty());
        model.put("formAction", formAction);
        model.put("editable", editable);
        model.put("multipart", false);
        model.put("objectName", null);
        model.put("historyHref", null);
        model.put("deleteHref", null);
        model.put("objectLinks", List.of());
        model.put("buttons", List.of());
        return model;
    }

    private static <T> String afterSave(ModelAdmin<T> admin, String id, FormInput form) {
        if (form.data().containsKey("_continue")) {
            return AdminUrls.change(admin.slug(), id);
        }
        if (form.data().containsKey("_addanother")) {
            return AdminUrls.add(admin.slug());
        }
        return AdminUrls.changeList(admin.slug());
    }

    private static <T> List<Option> actionOptions(ModelAdmin<T> admin, AdminUser user) {
        var options = new ArrayList<Option>();
        if (admin.permits(user, AdminOperation.DELETE)) {
            options.add(new Option(DELETE_SELECTED, "Delete selected " + admin.plural()));
        }
        for (var action : admin.actions()) {
            if (admin.permits(user, action.permission())) {
                options.add(new Option(action.name(), action.label()));
            }
        }
        return options;
    }

    private static <T> String searchHelp(ModelAdmin<T> admin) {
        var labels = admin.searchFields().stream()
                .map(name -> ChangeLists.field(admin, name).label().toLowerCase(java.util.Locale.ROOT)).toList();
        return labels.isEmpty() ? "" : "Search by " + String.join(", ", labels);
    }

    private ModelAdmin<?> model(String slug) {
        return site.model(slug).orElseThrow(() -> new NotFoundException("admin model", slug));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AdminForbidden();
        }
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
