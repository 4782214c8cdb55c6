package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.FormInput;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.RecordModelAdmin;
import com.acme.tavus.adapter.web.admin.Widget;
import com.acme.tavus.application.conversation.port.in.ConversationRecordQueries;
import com.acme.tavus.application.onboarding.port.in.ManageOnboardingUsersUseCase;
import com.acme.tavus.application.onboarding.port.in.OnboardingUserQueries;
import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.onboarding.OnboardingUser.Attribute;
import com.acme.tavus.domain.shared.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The people sent through video onboarding ({@code users}): browse, correct, add, delete. */
@Component
class OnboardingUserAdmin extends RecordModelAdmin<OnboardingUser, Attribute> {

    static final String SLUG = "onboarding-users";
    /** How many of a user's conversations the delete page lists by name. */
    static final int LISTED_CONVERSATIONS = 10;

    private final OnboardingUserQueries users;
    private final ManageOnboardingUsersUseCase manage;
    private final ConversationRecordQueries conversations;
    private final List<AdminField<OnboardingUser>> fields = List.of(
            AdminField.<OnboardingUser>text("email", "Email", OnboardingUser::email).editable(Widget.EMAIL).required()
                    .sortable().help("Unique, whatever the case."),
            AdminField.<OnboardingUser>text("first_name", "First name", OnboardingUser::firstName)
                    .editable(Widget.TEXT).required().sortable(),
            AdminField.<OnboardingUser>text("last_name", "Last name", OnboardingUser::lastName)
                    .editable(Widget.TEXT).required().sortable(),
            AdminField.time("created_at", "Created", OnboardingUser::createdAt).sortable(),
            AdminField.time("updated_at", "Updated", OnboardingUser::updatedAt).sortable(),
            AdminField.text("id", "ID", OnboardingUser::id));

    OnboardingUserAdmin(OnboardingUserQueries users, ManageOnboardingUsersUseCase manage,
            ConversationRecordQueries conversations) {
        super("Onboarding", SLUG, "onboarding user", "onboarding users");
        this.users = users;
        this.manage = manage;
        this.conversations = conversations;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<AdminField<OnboardingUser>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("email", "first_name", "last_name", "created_at");
    }

    @Override
    public List<String> searchFields() {
        return List.of("email", "first_name", "last_name");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(ListFilter.date("created", "created"));
    }

    @Override
    public String defaultOrdering() {
        return "-created_at";
    }

    @Override
    public boolean supports(AdminOperation operation) {
        return true;
    }

    @Override
    public List<ObjectLink> objectLinks(OnboardingUser user) {
        return List.of(new ObjectLink("Conversations",
                AdminUrls.changeList(TrackedConversationAdmin.SLUG, Map.of("user", user.id().toString()))));
    }

    @Override
    protected Map<String, Attribute> attributes() {
        return Map.of("email", Attribute.EMAIL, "first_name", Attribute.FIRST_NAME, "last_name", Attribute.LAST_NAME,
                "created_at", Attribute.CREATED_AT, "updated_at", Attribute.UPDATED_AT);
    }

    @Override
    protected List<Criterion<Attribute>> criteria(ChangeListQuery query) {
        return within(query, "created", Attribute.CREATED_AT).stream().toList();
    }

    @Override
    public Mono<Page<OnboardingUser>> list(ChangeListQuery query) {
        return users.list(recordQuery(query));
    }

    @Override
    public Mono<OnboardingUser> get(String id) {
        return Mono.defer(() -> users.get(uuid(id)));
    }

    @Override
    public String idOf(OnboardingUser user) {
        return user.id().toString();
    }

    @Override
    public String describe(OnboardingUser user) {
        return user.email();
    }

    @Override
    public Mono<OnboardingUser> create(FormInput form, AdminUser by) {
        return Mono.defer(() -> manage.create(applicant(form), actor(by)));
    }

    @Override
    public Mono<OnboardingUser> update(OnboardingUser current, FormInput form, AdminUser by) {
        return Mono.defer(() -> manage.update(current.id(), applicant(form), actor(by)));
    }

    @Override
    public Mono<Void> delete(OnboardingUser user, AdminUser by) {
        return manage.delete(user.id(), actor(by));
    }

    @Override
    public Mono<List<String>> deletionEffects(OnboardingUser user) {
        var query = new RecordQuery<TrackedConversation.Attribute>(null, Set.of(),
                List.of(new Criterion.Equal<>(TrackedConversation.Attribute.USER_ID, user.id())), List.of(), 1,
                LISTED_CONVERSATIONS);
        return conversations.list(query).map(page -> {
            var effects = new ArrayList<String>();
            page.data().forEach(c -> effects.add("Tracked conversation " + c.conversationId().value()
                    + " (kept, no longer linked to this user)"));
            if (page.totalCount() > page.data().size()) {
                effects.add("… and " + (page.totalCount() - page.data().size()) + " more tracked conversations (kept)");
            }
            return effects;
        });
    }

    private static Applicant applicant(FormInput form) {
        var email = form.required("email");
        var first = form.required("first_name");
        var last = form.required("last_name");
        form.throwIfErrors();
        return new Applicant(email, first, last);
    }
}
