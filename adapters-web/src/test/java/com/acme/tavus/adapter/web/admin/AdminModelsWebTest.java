package com.acme.tavus.adapter.web.admin;

import static com.acme.tavus.adapter.web.admin.AdminBrowserSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.ScriptedConversationProvider;
import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.conversation.port.in.StartConversationUseCase;
import com.acme.tavus.application.conversation.port.in.StartConversationUseCase.StartConversationCommand;
import com.acme.tavus.application.document.DocumentService;
import com.acme.tavus.application.onboarding.port.out.CallbackLedger.ReceivedCallback;
import com.acme.tavus.application.persona.PersonaService;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.application.testing.FakePersonaProvider;
import com.acme.tavus.application.testing.InMemoryAdminUsers;
import com.acme.tavus.application.testing.InMemoryCallbackLedger;
import com.acme.tavus.application.testing.InMemoryConversationRecords;
import com.acme.tavus.domain.admin.AdminPermission;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.TrackingStatus;
import com.acme.tavus.domain.conversation.TranscriptLine;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.persona.PersonaDraft;
import com.acme.tavus.domain.persona.PipelineMode;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each registered model's own behaviour, past what the generic engine tests cover. */
@WebLayerTest
class AdminModelsWebTest {

    @Autowired
    WebTestClient client;

    @Autowired
    AdminUserService admins;

    @Autowired
    InMemoryAdminUsers adminStore;

    @Autowired
    StartConversationUseCase start;

    @Autowired
    ScriptedConversationProvider conversationProvider;

    @Autowired
    InMemoryConversationRecords records;

    @Autowired
    InMemoryCallbackLedger ledger;

    @Autowired
    PersonaService personas;

    @Autowired
    FakePersonaProvider personaProvider;

    @Autowired
    DocumentService documents;

    AdminBrowserSession browser;

    @BeforeEach
    void signIn() {
        conversationProvider.reset();
        browser = new AdminAccounts(admins, client).superuser();
    }

    ConversationId conversation(String name) {
        var request = new ConversationRequest(ReplicaId.of("r79e1c033f"), null, null, name, null, null, null, null, null,
                null, null, null, null, null, null, Map.of());
        var created = start.start(new StartConversationCommand(request, new Actor("ci-team"))).block();
        return created.id();
    }

    @Test
    void conversation_showsTheTranscriptReadablyAndEndsOnTavusFromItsPage() {
        var id = conversation("Transcript call");
        var record = records.findByConversationId(id).block();
        records.update(record.withTranscript(List.of(new TranscriptLine("user", "Hello <there>"),
                new TranscriptLine("assistant", "Hi! How can I help?")), Instant.now())
                .withMetadata("shutdown_reason", "participant_left", Instant.now())).block();
        var change = "/admin/conversations/" + id.value() + "/change/";

        var page = browser.page(change);
        var list = browser.page("/admin/conversations/");
        var after = browser.submit("/admin/conversations/" + id.value() + "/actions/end_on_tavus/", form());

        assertThat(page).contains("View tracked conversation", "<dt>user</dt>", "<dd>Hello &lt;there&gt;</dd>",
                "&quot;shutdown_reason&quot; : &quot;participant_left&quot;").doesNotContain("Save and continue");
        assertThat(list).contains("Select tracked conversation to view").doesNotContain("Add tracked conversation");
        assertThat(after).contains("End on Tavus: done for 1 tracked conversation.");
        assertThat(conversationProvider.calls()).contains("end " + id.value());
        assertThat(records.findByConversationId(id).block().status()).isEqualTo(TrackingStatus.COMPLETED);
        assertThat(browser.page("/admin/conversations/" + id.value() + "/history/"))
                .contains("Ran action &quot;End on Tavus&quot;: ended.");
    }

    @Test
    void conversations_bulkRefreshFromTavus_reportsSuccessesAndFailuresSeparately() {
        var first = conversation("Refresh one");
        var second = conversation("Refresh two");
        browser.page("/admin/conversations/");
        var selection = form("action", "refresh_from_tavus");
        selection.add("_selected_action", first.value());
        selection.add("_selected_action", second.value());
        selection.add("_selected_action", "cunknown1");

        var page = browser.submit("/admin/conversations/", selection);

        assertThat(page).contains("Refresh from Tavus: done for 2 tracked conversations.",
                "Refresh from Tavus failed for cunknown1: conversation cunknown1 was not found");
        assertThat(conversationProvider.calls()).contains("get " + first.value() + " verbose=true");
    }

    @Test
    void conversations_filterByStatusAndByUserLink() {
        var tag = AdminAccounts.unique("filter");
        var live = conversation(tag + " live");
        var ended = conversation(tag + " ended");
        records.update(records.findByConversationId(ended).block().ended(Instant.now())).block();

        var completed = browser.page("/admin/conversations/?status=completed&q=" + tag);

        assertThat(completed).contains("/admin/conversations/" + ended.value() + "/change/")
                .doesNotContain("/admin/conversations/" + live.value() + "/change/");
        assertThat(browser.page("/admin/conversations/?user=" + UUID.randomUUID()))
                .contains("By onboarding user", "Clear this filter", "0 tracked conversations");
    }

    @Test
    void webhookEvents_areReadOnlyWithTheRawJsonPrettyPrinted() {
        var id = UUID.randomUUID();
        ledger.record(new ReceivedCallback(id, Instant.now(), UUID.randomUUID(), "cwebhook1", "system.shutdown",
                Instant.now(), "dedup-" + id, id.toString(), "{\"event_type\":\"system.shutdown\",\"properties\":{\"x\":1}}",
                true), c -> c).block();

        var list = browser.page("/admin/webhook-events/?event_type=system.shutdown");
        var page = browser.page("/admin/webhook-events/" + id + "/change/");

        assertThat(list).contains("cwebhook1", "unknown_conversation").doesNotContain("Add webhook event");
        assertThat(page).contains("View webhook event", "&quot;properties&quot; : {");
        browser.get("/admin/webhook-events/add/").expectStatus().isForbidden();
        browser.get("/admin/webhook-events/" + id + "/delete/").expectStatus().isForbidden();
    }

    @Test
    void persona_isEditedAsJsonAndSavedAsAPatch() {
        assertThat(browser.page("/admin/personas/add/")).as("the add form starts from a template")
                .contains("&quot;pipeline_mode&quot;: &quot;full&quot;");
        var persona = personas.create(new PersonaDraft("Drako", "You schedule things.", null, PipelineMode.FULL, null,
                null, null, Map.of("llm", Map.of("model", "tavus-llama")), Map.of())).block();
        var change = "/admin/personas/" + persona.id().value() + "/change/";
        var page = browser.page(change);
        assertThat(page).contains("&quot;persona_name&quot; : &quot;Drako&quot;");

        var notJson = browser.post(change, form("persona_json", "{\"persona_name\": ", "_save", "Save"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        var notAnObject = browser.post(change, form("persona_json", "[1, 2]", "_save", "Save"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        var saved = browser.submit(change, form("persona_json", """
                {"persona_name": "Drako 2", "system_prompt": "You schedule things.", "pipeline_mode": "full",
                 "layers": {"llm": {"model": "tavus-gpt-4o"}}}""", "_continue", "Save"));

        assertThat(notJson).containsPattern("id=\"error-persona_json\">\\s*<li>Enter valid JSON \\(line \\d+, column \\d+\\).</li>");
        assertThat(notAnObject).contains("Enter a JSON object");
        assertThat(saved).contains("was changed successfully");
        assertThat(personaProvider.patches().getLast().toJson()).containsExactlyInAnyOrder(
                Map.of("op", "replace", "path", "/persona_name", "value", "Drako 2"),
                Map.of("op", "replace", "path", "/layers/llm/model", "value", "tavus-gpt-4o"));
    }

    @Test
    void persona_rejectedByTavus_showsTavusReasonOnTheJsonField() {
        var persona = personas.create(new PersonaDraft("Echo", null, null, PipelineMode.ECHO, null, null, null, null,
                Map.of())).block();
        personaProvider.rejectPatchesWith("Invalid JSON patch format");
        var change = "/admin/personas/" + persona.id().value() + "/change/";
        browser.page(change);

        var page = browser.post(change, form("persona_json", "{\"persona_name\": \"Echo 2\", \"pipeline_mode\": \"echo\"}",
                "_save", "Save")).expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();

        personaProvider.answerPatchesWith(true, true);
        assertThat(page).containsPattern("id=\"error-persona_json\">\\s*<li>Invalid JSON patch format</li>");
    }

    @Test
    void document_addChecksNumbersAndRanges_recrawlWhileProcessingIsRefusedWithTavusReason() {
        browser.page("/admin/documents/add/");
        var notANumber = browser.post("/admin/documents/add/", form("document_url", "https://docs.example.com/",
                        "crawl_depth", "deep", "_save", "Save"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        var outOfRange = browser.post("/admin/documents/add/", form("document_url", "https://docs.example.com/",
                        "crawl_depth", "11", "_save", "Save"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(notANumber).containsPattern("id=\"error-crawl_depth\">\\s*<li>Enter a whole number.</li>");
        assertThat(outOfRange).containsPattern("id=\"error-crawl_depth\">\\s*<li>Must be between 1 and 10.</li>");

        var document = documents.create(new DocumentDraft("https://docs.example.com/", "Docs", null, List.of("a"), null,
                Map.of())).block();
        var page = browser.submit("/admin/documents/" + document.id().value() + "/actions/recrawl/", form());

        assertThat(page).contains("Recrawl failed for " + document.id().value() + ":");
    }

    @Test
    void adminUsers_addChecksThePasswordTwiceAndGrantsPermissions() {
        browser.page("/admin/admin-users/add/");
        var name = AdminAccounts.unique("new");

        var mismatch = browser.post("/admin/admin-users/add/", form("username", name, "password", "correct horse 1",
                        "password_confirmation", "correct horse 2", "_save", "Save"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        var sent = form("username", name, "password", "correct horse 1", "password_confirmation", "correct horse 1",
                "is_staff", "on", "_save", "Save");
        sent.add("permissions", "personas.view");
        sent.add("permissions", "documents.change");
        browser.submit("/admin/admin-users/add/", sent);

        assertThat(mismatch).containsPattern("id=\"error-password_confirmation\">\\s*<li>The two password fields didn’t match.</li>")
                .doesNotContain("correct horse 1");
        var created = adminStore.all().stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
        assertThat(created.permissions()).containsExactlyInAnyOrder(AdminPermission.parse("personas.view"),
                AdminPermission.parse("documents.change"));
        assertThat(created.passwordHash()).doesNotContain("correct horse");
        var staffBrowser = AdminBrowserSession.login(client, name, "correct horse 1");
        assertThat(staffBrowser.page("/admin/")).contains("Personas", "Documents").doesNotContain("Admin users");
    }

    @Test
    void adminUsers_passwordsAreChangedOnTheirOwnPages() {
        var name = AdminAccounts.unique("pw");
        var root = admins.list(RecordQuery.<AdminUser.Attribute>firstPage(500)).block().data().getFirst();
        var target = admins.create(new com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase.NewAdminUser(
                name, null, AdminAccounts.PASSWORD, true, false, java.util.Set.of()), root).block();
        var path = "/admin/admin-users/" + target.id() + "/password/";
        browser.page(path);

        var weak = browser.post(path, form("new_password", "123", "new_password_confirmation", "123"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        var done = browser.submit(path, form("new_password", "a brand new secret", "new_password_confirmation",
                "a brand new secret"));

        assertThat(weak).containsPattern("id=\"error-new_password\">\\s*<li>Must be at least 10 characters.</li>");
        assertThat(done).contains("Password changed successfully.");
        var own = AdminBrowserSession.login(client, name, "a brand new secret");
        own.page("/admin/password_change/");
        var wrongOld = own.post("/admin/password_change/", form("old_password", "nope", "new_password",
                        "another fine secret", "new_password_confirmation", "another fine secret"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(wrongOld).containsPattern("id=\"error-old_password\">\\s*<li>Your old password was entered incorrectly");
    }
}
