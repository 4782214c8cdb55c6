package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * How the admin site manages one model, after Django's {@code ModelAdmin}: a description (fields,
 * list columns, search, filters, ordering, read-only fields, actions, fieldsets) and the data
 * operations behind it, implemented over the application's ports.
 *
 * <p>To register a model, subclass this as a Spring {@code @Component} in {@code admin.models}; the
 * {@link AdminSite} picks up every such bean and checks its description when the application starts.
 * Only {@link #fields()}, {@link #list}, {@link #get}, {@link #idOf} and {@link #describe} are
 * required. A model that can be added, changed or deleted overrides {@link #supports} and the
 * matching operation; the admin's own permissions decide the rest ({@link #permits}).
 *
 * @param <T> the objects listed (a domain record)
 */
public abstract class ModelAdmin<T> {

    private final String area;
    private final String slug;
    private final String singular;
    private final String plural;

    /**
     * @param area the index page's section, such as {@code Onboarding}
     * @param slug the model's short name in URLs, permissions and the admin log, such as
     *     {@code onboarding-users}; never change it once used (permissions and history refer to it)
     * @param singular "onboarding user"
     * @param plural "onboarding users"
     */
    protected ModelAdmin(String area, String slug, String singular, String plural) {
        this.area = Objects.requireNonNull(area, "area");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.singular = Objects.requireNonNull(singular, "singular");
        this.plural = Objects.requireNonNull(plural, "plural");
    }

    public final String area() {
        return area;
    }

    public final String slug() {
        return slug;
    }

    public final String singular() {
        return singular;
    }

    public final String plural() {
        return plural;
    }

    /** Where the model sits on the index page: areas and models are listed by this, lowest first. */
    public int order() {
        return 100;
    }

    // ---- description ------------------------------------------------------------------------

    /** Every field the admin site knows, in form order. */
    public abstract List<AdminField<T>> fields();

    /** The change list's columns (Django's {@code list_display}); the first links to the object. */
    public List<String> listDisplay() {
        return fields().stream().limit(5).map(AdminField::name).toList();
    }

    /** The fields the search box looks in; none: no search box. */
    public List<String> searchFields() {
        return List.of();
    }

    /** The sidebar's filters (Django's {@code list_filter}). */
    public List<ListFilter> listFilters() {
        return List.of();
    }

    /** The ordering when the change list asks for none, such as {@code -created_at}; {@code null}: the store's. */
    public String defaultOrdering() {
        return null;
    }

    /** Fields shown but never editable on the change form, even when they have a widget. */
    public Set<String> readonlyFields() {
        return Set.of();
    }

    /** The fields of the add form, in order; by default every editable field. */
    public List<String> addFields() {
        return fields().stream().filter(AdminField::isEditable).map(AdminField::name).toList();
    }

    /** The change page's sections; by default one, with every field. */
    public List<Fieldset> fieldsets() {
        return List.of(new Fieldset(null, fields().stream().map(AdminField::name).toList()));
    }

    /** Model-specific actions, besides "delete selected" (offered when deleting is supported). */
    public List<AdminAction<T>> actions() {
        return List.of();
    }

    /** Links shown on an object's page next to History (say, to a related list). */
    public List<ObjectLink> objectLinks(T object) {
        return List.of();
    }

    public int listPerPage() {
        return 25;
    }

    /**
     * What this model can do at all, whoever asks: viewing always; adding, changing and deleting
     * only when the model admin implements them.
     */
    public boolean supports(AdminOperation operation) {
        return operation == AdminOperation.VIEW;
    }

    /** The admin may do {@code operation} here: the model supports it and their permissions allow it. */
    public final boolean permits(AdminUser admin, AdminOperation operation) {
        return supports(operation) && admin.may(slug, operation);
    }

    // ---- data ---------------------------------------------------------------------------------

    /** One page of objects for the change list. */
    public abstract Mono<Page<T>> list(ChangeListQuery query);

    /** One object; fails with {@code NotFoundException} when there is none. */
    public abstract Mono<T> get(String id);

    /** The object's id as the admin site addresses it (in URLs and the log). */
    public abstract String idOf(T object);

    /** The object in a few words (Django's {@code __str__}), such as an email address. */
    public abstract String describe(T object);

    /**
     * Creates an object from the add form. Reports mistakes with {@link FormInput#throwIfErrors()},
     * {@link FormRejected} or a domain {@code InvalidValueException} naming the field.
     */
    public Mono<T> create(FormInput form, AdminUser by) {
        return Mono.error(new UnsupportedOperationException(plural + " cannot be added here"));
    }

    /**
     * What the add form's save does. By default {@link #create}, after which the site redirects as
     * usual. A model whose addition yields a value to be shown once and never again (an issued
     * secret) overrides this and returns it in {@link Added#shownOnce}: the site then answers the
     * POST with a result page showing it, instead of a redirect, and keeps it out of the admin log,
     * the session, the messages and every other page.
     */
    public Mono<Added<T>> add(FormInput form, AdminUser by) {
        return create(form, by).map(created -> new Added<>(created, null));
    }

    /** Saves the change form over {@code current}; reports mistakes like {@link #create}. */
    public Mono<T> update(T current, FormInput form, AdminUser by) {
        return Mono.error(new UnsupportedOperationException(plural + " cannot be changed here"));
    }

    public Mono<Void> delete(T object, AdminUser by) {
        return Mono.error(new UnsupportedOperationException(plural + " cannot be deleted here"));
    }

    /**
     * What else deleting {@code object} touches, one line each, for the confirmation page (such as
     * "Permission: personas.view" or "Conversation c123 (kept, unlinked)").
     */
    public Mono<List<String>> deletionEffects(T object) {
        return Mono.just(List.of());
    }

    /** Called once by the site on registration; gives access to the other models. */
    protected void registeredIn(AdminSite site) {}

    /** A section of the change page. */
    public record Fieldset(String title, List<String> fields) {
        public Fieldset {
            fields = List.copyOf(fields);
        }
    }

    /** An added object, and what to show once about it ({@code null}: nothing, redirect as usual). */
    public record Added<T>(T object, ShownOnce shownOnce) {

        public Added {
            Objects.requireNonNull(object, "object");
        }
    }

    /**
     * A value shown once on the add result page, such as an API token's secret; redacted from
     * {@link #toString()}, so it cannot reach a log by accident.
     *
     * @param label what it is ("Token")
     * @param value the value itself
     * @param warning what the admin must do now ("Copy it now: it is not shown again.")
     */
    public record ShownOnce(String label, String value, String warning) {

        public ShownOnce {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(warning, "warning");
        }

        @Override
        public String toString() {
            return "ShownOnce[label=" + label + ", value=<redacted>]";
        }
    }

    /** An extra link on an object's page. */
    public record ObjectLink(String label, String href) {}
}
