package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminAction;
import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.Display;
import com.acme.tavus.adapter.web.admin.FormInput;
import com.acme.tavus.adapter.web.admin.FormRejected;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.ModelAdmin;
import com.acme.tavus.adapter.web.admin.RecordModelAdmin;
import com.acme.tavus.adapter.web.admin.Widget;
import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries;
import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries.ApiTokenView;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.apitoken.port.in.RevokeApiTokenUseCase;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenStatus;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The database API tokens ({@code api_tokens}), managed as the token routes do, through the same
 * use cases: issue (the secret is shown once, on the page that answers the add form, and nowhere
 * else), list, view and revoke. Tokens are never edited or deleted: a wrong one is revoked and a new
 * one issued, so every record a token made stays attributable.
 *
 * <p>The tokens port lists every token at once (there are a few per team), so search, filters,
 * sorting and paging are done here, in memory.
 */
@Component
class ApiTokenAdmin extends ModelAdmin<ApiTokenView> {

    static final String SLUG = "api-tokens";
    static final String SECRET_WARNING = "This is the only time the token is shown: copy it now and store it in the "
            + "team's secret store. It is not stored anywhere (only its hash) and cannot be shown again; "
            + "if it is lost, revoke this token and issue a new one.";

    private static final List<Choice> SCOPES = Arrays.stream(Scope.values()).map(s -> Choice.of(s.value())).toList();
    private static final Map<String, Comparator<ApiTokenView>> SORTS = Map.of(
            "name", by(v -> v.token().name()),
            "team", by(v -> v.token().team()),
            "status", by(v -> v.status().value()),
            "created_at", by(v -> v.token().createdAt()),
            "expires_at", by(v -> v.token().expiresAt()),
            "last_used_at", by(v -> v.token().lastUsedAt()));

    private final ApiTokenQueries tokens;
    private final IssueApiTokenUseCase issue;
    private final RevokeApiTokenUseCase revoke;
    private final List<AdminField<ApiTokenView>> fields = List.of(
            AdminField.<ApiTokenView>text("name", "Name", v -> v.token().name()).editable(Widget.TEXT).required()
                    .sortable().help("What the token is for within its team (ci, ops): 1-63 letters, digits, '.', "
                            + "'_' or '-'. Names need not be unique, so a replacement can share its predecessor's."),
            AdminField.<ApiTokenView>link("team", "Team", v -> v.token().team(),
                    v -> AdminUrls.changeList(SLUG, Map.of("team", v.token().team())))
                    .formValue(v -> v.token().team()).editable(Widget.TEXT).required().sortable()
                    .help("The team that owns it; records show the token as team/name."),
            AdminField.<ApiTokenView>tags("scopes", "Scopes",
                            v -> v.token().scopes().stream().sorted().map(Scope::value).toList())
                    .editable(Widget.CHECKBOXES).required().choices(SCOPES)
                    .formValues(v -> v.token().scopes().stream().sorted().map(Scope::value).toList())
                    .help("read: GET routes; write: changes; admin: token management and metrics. Independent: "
                            + "admin does not include read or write."),
            AdminField.<ApiTokenView>text("status", "Status", v -> v.status().value()).sortable(),
            AdminField.<ApiTokenView>text("token_hint", "Token hint", v -> v.token().hint() + "…")
                    .help("The token's first characters, to tell tokens apart; the token itself is not stored."),
            AdminField.<ApiTokenView>time("created_at", "Created", v -> v.token().createdAt()).sortable(),
            AdminField.<ApiTokenView>text("created_by", "Created by", v -> v.token().createdBy().name()),
            AdminField.<ApiTokenView>time("expires_at", "Expires", v -> v.token().expiresAt()).sortable(),
            AdminField.<ApiTokenView>custom("expires_in_days", "Expires in (days)", v -> Display.EMPTY)
                    .editable(Widget.NUMBER).initial(Integer.toString(IssueApiTokenCommand.DEFAULT_LIFETIME_DAYS))
                    .help("1 to " + IssueApiTokenCommand.MAX_LIFETIME_DAYS + "; " + IssueApiTokenCommand.DEFAULT_LIFETIME_DAYS
                            + " when left blank."),
            AdminField.<ApiTokenView>time("last_used_at", "Last used", v -> v.token().lastUsedAt()).sortable()
                    .help("To within a minute; empty if never used."),
            AdminField.<ApiTokenView>time("revoked_at", "Revoked", v -> v.token().revokedAt()),
            AdminField.<ApiTokenView>text("revoked_by", "Revoked by",
                    v -> v.token().revokedBy() == null ? null : v.token().revokedBy().name()),
            AdminField.<ApiTokenView>text("id", "ID", v -> v.token().id().value()));

    ApiTokenAdmin(ApiTokenQueries tokens, IssueApiTokenUseCase issue, RevokeApiTokenUseCase revoke) {
        super("Security", SLUG, "API token", "API tokens");
        this.tokens = tokens;
        this.issue = issue;
        this.revoke = revoke;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<AdminField<ApiTokenView>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("name", "team", "scopes", "status", "token_hint", "created_at", "expires_at", "last_used_at");
    }

    @Override
    public List<String> searchFields() {
        return List.of("name", "team");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(
                ListFilter.choice("status", "status",
                        Arrays.stream(TokenStatus.values()).map(s -> Choice.of(s.value())).toList()),
                ListFilter.choice("scope", "scope", SCOPES),
                ListFilter.hidden("team", "team"));
    }

    @Override
    public String defaultOrdering() {
        return "-created_at";
    }

    /** Nothing is ever edited: the change page is the token's read-only page. */
    @Override
    public Set<String> readonlyFields() {
        return Set.of("name", "team", "scopes", "expires_in_days");
    }

    @Override
    public List<String> addFields() {
        return List.of("name", "team", "scopes", "expires_in_days");
    }

    @Override
    public List<Fieldset> fieldsets() {
        return List.of(
                new Fieldset(null, List.of("name", "team", "scopes", "status", "token_hint")),
                new Fieldset("Lifecycle", List.of("created_at", "created_by", "expires_at", "last_used_at",
                        "revoked_at", "revoked_by")),
                new Fieldset("Identity", List.of("id")));
    }

    @Override
    public List<AdminAction<ApiTokenView>> actions() {
        return List.of(new AdminAction<>("revoke", "Revoke", AdminOperation.CHANGE, (view, by) -> {
            var wasRevoked = view.status() == TokenStatus.REVOKED;
            return revoke.revoke(view.token().id(), RecordModelAdmin.actor(by))
                    .thenReturn(wasRevoked ? "already revoked" : "revoked");
        }));
    }

    /** View, issue (add) and revoke (an action needing change); never delete: tokens are revoked. */
    @Override
    public boolean supports(AdminOperation operation) {
        return operation != AdminOperation.DELETE;
    }

    @Override
    public Mono<Page<ApiTokenView>> list(ChangeListQuery query) {
        return tokens.list(query.filter("team").orElse(null)).collectList().map(all -> {
            var matching = all.stream().filter(matches(query)).sorted(ordering(query)).toList();
            var from = (int) Math.min(matching.size(), (long) (query.page() - 1) * query.perPage());
            var to = Math.min(matching.size(), from + query.perPage());
            return new Page<>(matching.subList(from, to), matching.size());
        });
    }

    @Override
    public Mono<ApiTokenView> get(String id) {
        return Mono.defer(() -> {
            ApiTokenId tokenId;
            try {
                tokenId = ApiTokenId.of(id);
            } catch (InvalidValueException notAnId) {
                return Mono.error(new NotFoundException(singular(), id));
            }
            return tokens.get(tokenId);
        });
    }

    @Override
    public String idOf(ApiTokenView view) {
        return view.token().id().toString();
    }

    @Override
    public String describe(ApiTokenView view) {
        return view.token().actor().name();
    }

    @Override
    public Mono<ApiTokenView> create(FormInput form, AdminUser by) {
        return add(form, by).map(Added::object);
    }

    /** Issues the token as {@code admin:<username>}; the secret goes to the result page only. */
    @Override
    public Mono<Added<ApiTokenView>> add(FormInput form, AdminUser by) {
        return Mono.defer(() -> {
            var command = command(form);
            return issue.issue(command, RecordModelAdmin.actor(by)).map(issued -> new Added<>(issued.view(),
                    new ShownOnce("Token", issued.secret(), SECRET_WARNING)));
        });
    }

    @Override
    public Mono<ApiTokenView> update(ApiTokenView current, FormInput form, AdminUser by) {
        return Mono.error(FormRejected.of("__all__",
                "API tokens cannot be changed: revoke this one and issue a new one instead."));
    }

    /** Reads the whole add form, so every mistake is reported at once, next to its field. */
    private static IssueApiTokenCommand command(FormInput form) {
        var name = label(form, "name");
        var team = label(form, "team");
        var scopes = EnumSet.noneOf(Scope.class);
        var sent = form.all("scopes");
        for (var value : sent) {
            Scope.fromValue(value).ifPresentOrElse(scopes::add, () -> form.error("scopes",
                    "Select a valid choice. " + value + " is not one of the available choices."));
        }
        if (sent.isEmpty()) {
            form.error("scopes", "Select at least one of " + Scope.allValues() + ".");
        }
        var days = form.integer("expires_in_days");
        if (days != null && (days < 1 || days > IssueApiTokenCommand.MAX_LIFETIME_DAYS)) {
            form.error("expires_in_days", "Must be between 1 and " + IssueApiTokenCommand.MAX_LIFETIME_DAYS + ".");
        }
        form.throwIfErrors();
        return new IssueApiTokenCommand(name, team, scopes, null, days);
    }

    private static String label(FormInput form, String field) {
        var value = form.required(field);
        if (value != null) {
            try {
                ApiToken.requireLabel(field, value);
            } catch (InvalidValueException invalid) {
                form.error(field, "Must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit.");
            }
        }
        return value;
    }

    private Predicate<ApiTokenView> matches(ChangeListQuery query) {
        Predicate<ApiTokenView> matches = view -> true;
        var status = query.filter("status");
        if (status.isPresent()) {
            matches = matches.and(view -> view.status().value().equals(status.get()));
        }
        var scope = query.filter("scope").flatMap(Scope::fromValue);
        if (scope.isPresent()) {
            matches = matches.and(view -> view.token().scopes().contains(scope.get()));
        }
        if (query.search() != null) {
            // Django's rule: every term must be in one of the search fields.
            for (var term : query.search().toLowerCase(Locale.ROOT).split("\\s+")) {
                matches = matches.and(view -> view.token().name().toLowerCase(Locale.ROOT).contains(term)
                        || view.token().team().toLowerCase(Locale.ROOT).contains(term));
            }
        }
        return matches;
    }

    private static Comparator<ApiTokenView> ordering(ChangeListQuery query) {
        Comparator<ApiTokenView> ordering = (a, b) -> 0;
        for (var key : query.ordering()) {
            var comparator = SORTS.get(key.field());
            if (comparator != null) {
                ordering = ordering.thenComparing(key.descending() ? comparator.reversed() : comparator);
            }
        }
        return ordering.thenComparing(v -> v.token().id().value());
    }

    /** Ascending, empty values (never used) last. */
    private static <C extends Comparable<? super C>> Comparator<ApiTokenView> by(Function<ApiTokenView, C> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
