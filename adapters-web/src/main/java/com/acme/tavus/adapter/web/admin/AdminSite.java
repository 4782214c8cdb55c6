package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminPermission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The registry of model admins (Django's {@code AdminSite}): every {@link ModelAdmin} bean, checked
 * once at start-up so a misspelt field name in a description fails the application's start rather
 * than a page view.
 */
@Component
public final class AdminSite {

    public static final String TITLE = "Tavus platform administration";

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final List<ModelAdmin<?>> models;
    private final Clock clock;

    public AdminSite(List<ModelAdmin<?>> registered, Clock clock) {
        this.clock = clock;
        var sorted = new ArrayList<>(registered);
        sorted.sort(Comparator.<ModelAdmin<?>>comparingInt(ModelAdmin::order).thenComparing(ModelAdmin::plural));
        this.models = List.copyOf(sorted);
        var slugs = new HashSet<String>();
        for (var model : models) {
            if (!SLUG.matcher(model.slug()).matches() || !slugs.add(model.slug())) {
                throw new IllegalStateException("model admin slug '" + model.slug() + "' is malformed or used twice");
            }
            check(model);
        }
        for (var model : models) {
            model.registeredIn(this);
        }
    }

    public List<ModelAdmin<?>> models() {
        return models;
    }

    public Optional<ModelAdmin<?>> model(String slug) {
        return models.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    /** The models by index-page area, areas in the order of their first model. */
    public Map<String, List<ModelAdmin<?>>> byArea() {
        var areas = new LinkedHashMap<String, List<ModelAdmin<?>>>();
        for (var model : models) {
            areas.computeIfAbsent(model.area(), k -> new ArrayList<>()).add(model);
        }
        return areas;
    }

    /** Every permission that means something here: each model's supported operations. */
    public List<AdminPermission> permissions() {
        var all = new ArrayList<AdminPermission>();
        for (var model : models) {
            for (var operation : AdminOperation.values()) {
                if (model.supports(operation)) {
                    all.add(AdminPermission.of(model.slug(), operation));
                }
            }
        }
        return all;
    }

    public Clock clock() {
        return clock;
    }

    private static void check(ModelAdmin<?> model) {
        var names = new HashSet<String>();
        for (var field : model.fields()) {
            if (!names.add(field.name())) {
                throw invalid(model, "declares field '" + field.name() + "' twice");
            }
        }
        requireKnown(model, names, model.listDisplay(), "listDisplay");
        requireKnown(model, names, model.searchFields(), "searchFields");
        requireKnown(model, names, model.readonlyFields(), "readonlyFields");
        requireKnown(model, names, model.addFields(), "addFields");
        for (var fieldset : model.fieldsets()) {
            requireKnown(model, names, fieldset.fields(), "fieldsets");
        }
        if (model.listDisplay().isEmpty()) {
            throw invalid(model, "has no listDisplay columns");
        }
        var ordering = model.defaultOrdering();
        if (ordering != null) {
            var field = ordering.startsWith("-") ? ordering.substring(1) : ordering;
            if (model.fields().stream().noneMatch(f -> f.name().equals(field) && f.isSortable())) {
                throw invalid(model, "orders by '" + field + "', which is not a sortable field");
            }
        }
        for (var name : model.addFields()) {
            if (model.fields().stream().noneMatch(f -> f.name().equals(name) && f.isEditable())) {
                throw invalid(model, "adds with field '" + name + "', which has no widget");
            }
        }
        var filters = new HashSet<String>();
        for (var filter : model.listFilters()) {
            if (!filters.add(filter.parameter()) || Set.of("q", "o", "p").contains(filter.parameter())) {
                throw invalid(model, "filter parameter '" + filter.parameter() + "' is reserved or used twice");
            }
        }
    }

    private static void requireKnown(ModelAdmin<?> model, Set<String> names, Iterable<String> used, String where) {
        for (var name : used) {
            if (!names.contains(name)) {
                throw invalid(model, where + " names unknown field '" + name + "'");
            }
        }
    }

    private static IllegalStateException invalid(ModelAdmin<?> model, String problem) {
        return new IllegalStateException("model admin '" + model.slug() + "' " + problem);
    }
}
