package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminSite;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.Display;
import com.acme.tavus.adapter.web.admin.FormInput;
import com.acme.tavus.adapter.web.admin.FormRejected;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.RecordModelAdmin;
import com.acme.tavus.adapter.web.admin.Widget;
import com.acme.tavus.application.admin.port.in.AdminUserQueries;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase.AdminUserChange;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase.NewAdminUser;
import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminPermission;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.admin.AdminUser.Attribute;
import com.acme.tavus.domain.shared.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The admin accounts themselves (Django's users): staff and superuser flags, per-model permissions
 * as check boxes (one per model and operation the site knows), and the password, which is set on
 * the add form and afterwards only through the "Change password" page.
 */
@Component
class AdminUserAdmin extends RecordModelAdmin<AdminUser, Attribute> {

    static final String SLUG = "admin-users";

    private final AdminUserQueries admins;
    private final ManageAdminUsersUseCase manage;
    private final List<AdminField<AdminUser>> fields;
    private List<Choice> permissionChoices = List.of();

    AdminUserAdmin(AdminUserQueries admins, ManageAdminUsersUseCase manage) {
        super("Authentication and authorization", SLUG, "admin user", "admin users");
        this.admins = admins;
        this.manage = manage;
        this.fields = List.of(
                AdminField.<AdminUser>text("username", "Username", AdminUser::username).editable(Widget.TEXT).required()
                        .sortable().help("150 characters or fewer. Letters, digits and @/./+/-/_ only."),
                AdminField.<AdminUser>text("email", "Email address", AdminUser::email).editable(Widget.EMAIL).sortable(),
                AdminField.custom("password", "Password", AdminUserAdmin::passwordSummary).editable(Widget.PASSWORD)
                        .help("At least 10 characters, not entirely numeric, not too common, not like the username."),
                AdminField.<AdminUser>custom("password_confirmation", "Password confirmation", u -> Display.EMPTY)
                        .editable(Widget.PASSWORD).help("Enter the same password as before, for verification."),
                AdminField.<AdminUser>bool("is_active", "Active", AdminUser::active).editable(Widget.CHECKBOX).sortable()
                        .help("Unselect this instead of deleting accounts: the history stays attributed."),
                AdminField.<AdminUser>bool("is_staff", "Staff status", AdminUser::staff).editable(Widget.CHECKBOX)
                        .sortable().initial("on").help("Designates whether the user can log into this admin site."),
                AdminField.<AdminUser>bool("is_superuser", "Superuser status", AdminUser::superuser)
                        .editable(Widget.CHECKBOX).sortable()
                        .help("Has all permissions without explicitly assigning them. Only superusers may grant it."),
                AdminField.<AdminUser>tags("permissions", "Permissions",
                                u -> u.permissions().stream().map(AdminPermission::code).sorted().toList())
                        .editable(Widget.CHECKBOXES)
                        .formValues(u -> u.permissions().stream().map(AdminPermission::code).sorted().toList())
                        .help("What a staff user who is not a superuser may do, per model. Change includes view."),
                AdminField.time("last_login", "Last login", AdminUser::lastLogin).sortable(),
                AdminField.time("created_at", "Date joined", AdminUser::createdAt).sortable());
    }

    /** Offers one check box per permission the site knows: each model's supported operations. */
    @Override
    protected void registeredIn(AdminSite site) {
        var choices = site.permissions().stream()
                .map(p -> new Choice(p.code(), site.model(p.model()).map(m -> m.plural()).orElse(p.model()) + " | "
                        + p.operation().code()))
                .toList();
        permissionChoices = choices;
        fields.stream().filter(f -> f.name().equals("permissions")).findFirst().ifPresent(f -> f.choices(choices));
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<AdminField<AdminUser>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("username", "email", "is_staff", "is_superuser", "is_active", "last_login");
    }

    @Override
    public List<String> searchFields() {
        return List.of("username", "email");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(ListFilter.bool("is_staff", "staff status"), ListFilter.bool("is_superuser", "superuser status"),
                ListFilter.bool("is_active", "active"));
    }

    @Override
    public String defaultOrdering() {
        return "username";
    }

    @Override
    public Set<String> readonlyFields() {
        return Set.of("password", "password_confirmation");
    }

    @Override
    public List<String> addFields() {
        return List.of("username", "email", "password", "password_confirmation", "is_staff", "is_superuser",
                "permissions");
    }

    @Override
    public List<Fieldset> fieldsets() {
        return List.of(
                new Fieldset(null, List.of("username", "password")),
                new Fieldset("Personal info", List.of("email")),
                new Fieldset("Permissions", List.of("is_active", "is_staff", "is_superuser", "permissions")),
                new Fieldset("Important dates", List.of("last_login", "created_at")));
    }

    @Override
    public List<ObjectLink> objectLinks(AdminUser user) {
        return List.of(new ObjectLink("Change password", AdminUrls.object(SLUG, user.id().toString()) + "password/"));
    }

    @Override
    public boolean supports(AdminOperation operation) {
        return true;
    }

    @Override
    protected Map<String, Attribute> attributes() {
        return Map.of("username", Attribute.USERNAME, "email", Attribute.EMAIL, "is_active", Attribute.ACTIVE,
                "is_staff", Attribute.STAFF, "is_superuser", Attribute.SUPERUSER, "last_login", Attribute.LAST_LOGIN,
                "created_at", Attribute.CREATED_AT);
    }

    @Override
    protected List<Criterion<Attribute>> criteria(ChangeListQuery query) {
        var criteria = new ArrayList<Criterion<Attribute>>();
        query.bool("is_staff").ifPresent(v -> criteria.add(new Criterion.Equal<>(Attribute.STAFF, v)));
        query.bool("is_superuser").ifPresent(v -> criteria.add(new Criterion.Equal<>(Attribute.SUPERUSER, v)));
        query.bool("is_active").ifPresent(v -> criteria.add(new Criterion.Equal<>(Attribute.ACTIVE, v)));
        return criteria;
    }

    @Override
    public Mono<Page<AdminUser>> list(ChangeListQuery query) {
        return Mono.defer(() -> admins.list(recordQuery(query)));
    }

    @Override
    public Mono<AdminUser> get(String id) {
        return Mono.defer(() -> admins.get(uuid(id)));
    }

    @Override
    public String idOf(AdminUser user) {
        return user.id().toString();
    }

    @Override
    public String describe(AdminUser user) {
        return user.username();
    }

    @Override
    public Mono<AdminUser> create(FormInput form, AdminUser by) {
        return Mono.defer(() -> {
            var username = form.required("username");
            var password = form.raw("password");
            if (password.isEmpty()) {
                form.error("password", "This field is required.");
            } else if (!password.equals(form.raw("password_confirmation"))) {
                form.error("password_confirmation", "The two password fields didn’t match.");
            }
            var permissions = permissions(form);
            form.throwIfErrors();
            return manage.create(new NewAdminUser(username, form.text("email"), password, form.checked("is_staff"),
                    form.checked("is_superuser"), permissions), by);
        });
    }

    @Override
    public Mono<AdminUser> update(AdminUser current, FormInput form, AdminUser by) {
        return Mono.defer(() -> {
            var username = form.required("username");
            var permissions = permissions(form);
            form.throwIfErrors();
            return manage.change(current.id(), new AdminUserChange(username, form.text("email"), form.checked("is_active"),
                    form.checked("is_staff"), form.checked("is_superuser"), permissions), by);
        });
    }

    @Override
    public Mono<Void> delete(AdminUser user, AdminUser by) {
        return manage.delete(user.id(), by);
    }

    @Override
    public Mono<List<String>> deletionEffects(AdminUser user) {
        var effects = new ArrayList<String>();
        user.permissions().stream().map(AdminPermission::code).sorted().forEach(code -> effects.add("Permission: " + code));
        effects.add("Their admin log entries are kept, attributed to \"" + user.username() + "\"");
        return Mono.just(effects);
    }

    private Set<AdminPermission> permissions(FormInput form) {
        var known = permissionChoices.stream().map(Choice::value).toList();
        var granted = new LinkedHashSet<AdminPermission>();
        for (var code : form.all("permissions")) {
            if (!known.contains(code)) {
                throw FormRejected.of("permissions", "Select a valid choice. " + code + " is not one of the available choices.");
            }
            granted.add(AdminPermission.parse(code));
        }
        return granted;
    }

    private static Display passwordSummary(AdminUser user) {
        var hash = user.passwordHash();
        var algorithm = hash.startsWith("{") && hash.indexOf('}') > 0 ? hash.substring(1, hash.indexOf('}')) : "unknown";
        return new Display.Text("Algorithm: " + algorithm + ". Raw passwords are not stored, so there is no way to see "
                + "this user’s password; use “Change password” above.");
    }
}
