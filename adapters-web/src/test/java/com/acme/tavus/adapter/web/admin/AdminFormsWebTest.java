package com.acme.tavus.adapter.web.admin;

import static com.acme.tavus.adapter.web.admin.AdminBrowserSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.onboarding.OnboardingUserService;
import com.acme.tavus.application.testing.InMemoryAdminLog;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminLogEntry;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Add and change forms, the delete confirmation, bulk actions and history, on onboarding users. */
@WebLayerTest
class AdminFormsWebTest {

    @Autowired
    WebTestClient client;

    @Autowired
    AdminUserService admins;

    @Autowired
    OnboardingUserService users;

    @Autowired
    InMemoryConversationRecords conversations;

    @Autowired
    InMemoryAdminLog log;

    AdminBrowserSession browser;
    String tag;

    @BeforeEach
    void signIn() {
        browser = new AdminAccounts(admins, client).superuser();
        tag = AdminAccounts.unique("f").replace("-", "");
    }

    OnboardingUser user(String first) {
        return users.create(new Applicant(first.toLowerCase() + "." + tag + "@example.com", first, "Tester"), Actor.SYSTEM)
                .block();
    }

    String changePath(OnboardingUser user) {
        return "/admin/onboarding-users/" + user.id() + "/change/";
    }

    @Test
    void add_withErrors_showsEachNextToItsFieldAndKeepsWhatWasTyped() {
        browser.page("/admin/onboarding-users/add/");

        var page = browser.post("/admin/onboarding-users/add/",
                        form("email", "not-an-email", "first_name", "Ada <b>", "last_name", "", "_save", "Save"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("Please correct the errors below.");
        assertThat(page).containsPattern("id=\"error-last_name\">\\s*<li>This field is required.</li>");
        assertThat(page).contains("value=\"not-an-email\"", "value=\"Ada &lt;b&gt;\"");
        var fixed = browser.post("/admin/onboarding-users/add/",
                        form("email", "not-an-email", "first_name", "Ada", "last_name", "L", "_save", "Save"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(fixed).containsPattern("id=\"error-email\">\\s*<li>Must be a valid email address.</li>");
    }

    @Test
    void add_thenSaveAndContinue_landsOnTheChangePageAndIsLogged() {
        browser.page("/admin/onboarding-users/add/");

        var page = browser.submit("/admin/onboarding-users/add/", form("email", "new." + tag + "@example.com",
                "first_name", "New", "last_name", "Person", "_continue", "Save and continue editing"));

        assertThat(page).contains("was added successfully", "Change onboarding user", "value=\"new." + tag + "@example.com\"");
        assertThat(log.all()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AdminLogAction.ADDITION);
            assertThat(entry.objectRepr()).isEqualTo("new." + tag + "@example.com");
        });
    }

    @Test
    void change_thenHistory_saysWhoChangedWhatAndTheIndexListsIt() {
        var ada = user("Ada");
        browser.page(changePath(ada));

        var list = browser.submit(changePath(ada), form("email", ada.email(), "first_name", "Augusta", "last_name",
                "King", "_save", "Save"));
        var history = browser.page("/admin/onboarding-users/" + ada.id() + "/history/");
        var index = browser.page("/admin/");

        assertThat(list).contains("was changed successfully", "Select onboarding user to change");
        assertThat(history).contains("Changed first name and last name.", "change");
        assertThat(index).contains(ada.email(), "Onboarding user");
        assertThat(users.get(ada.id()).block().firstName()).isEqualTo("Augusta");
    }

    @Test
    void change_toAnotherUsersEmail_isShownNextToTheEmailField() {
        var ada = user("Ada");
        var bob = user("Bob");
        browser.page(changePath(bob));

        var page = browser.post(changePath(bob), form("email", ada.email().toUpperCase(), "first_name", "Bob",
                        "last_name", "B", "_save", "Save"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).containsPattern("id=\"error-email\">\\s*<li>A user with this email already exists.</li>");
    }

    @Test
    void delete_confirmationListsTheConversationsKept_thenDeletes() {
        var ada = user("Ada");
        var conversation = new TrackedConversation(UUID.randomUUID(), ada.id(), ConversationId.of("c" + tag),
                null, UUID.randomUUID(), ada.email(), TrackingStatus.COMPLETED, Instant.now(), Instant.now(), null, 3,
                Map.of(), null, null, null, "Call", "ci", Instant.now());
        conversations.add(conversation).block();

        var confirm = browser.page("/admin/onboarding-users/" + ada.id() + "/delete/");
        var list = browser.submit("/admin/onboarding-users/" + ada.id() + "/delete/", form("post", "yes"));

        assertThat(confirm).contains("Are you sure", "Tracked conversation c" + tag + " (kept, no longer linked to this user)");
        assertThat(list).contains("was deleted successfully");
        assertThat(conversations.findByConversationId(conversation.conversationId()).block().userId()).isNull();
        assertThat(log.all()).anySatisfy(e -> assertThat(e).extracting(AdminLogEntry::action, AdminLogEntry::objectId)
                .containsExactly(AdminLogAction.DELETION, ada.id().toString()));
    }

    @Test
    void deleteSelected_asksFirstThenDeletesOnlyTheSelectedAndReturnsToTheSameList() {
        var ada = user("Ada");
        var bob = user("Bob");
        var cy = user("Cy");
        browser.page("/admin/onboarding-users/?q=" + tag);
        var selection = form("action", "delete_selected", "_changelist_filters", "q=" + tag);
        selection.add("_selected_action", ada.id().toString());
        selection.add("_selected_action", bob.id().toString());

        var confirm = browser.post("/admin/onboarding-users/", selection).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        selection.add("post", "yes");
        var location = browser.post("/admin/onboarding-users/", selection).expectStatus().is3xxRedirection()
                .returnResult(String.class).getResponseHeaders().getLocation();

        assertThat(confirm).contains(ada.email(), bob.email()).doesNotContain(cy.email());
        assertThat(location).hasToString("/admin/onboarding-users/?q=" + tag);
        var list = browser.page(location.toString());
        assertThat(list).contains("Successfully deleted 2 onboarding users.", cy.email()).doesNotContain(ada.email());
    }

    @Test
    void action_withNothingSelected_changesNothingAndSaysSo() {
        user("Ada");
        browser.page("/admin/onboarding-users/");

        var page = browser.submit("/admin/onboarding-users/", form("action", "delete_selected"));

        assertThat(page).contains("Items must be selected in order to perform actions on them.");
    }
}
