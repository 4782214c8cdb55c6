package com.acme.tavus.adapter.web.admin;

import static com.acme.tavus.adapter.web.admin.AdminBrowserSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.apitoken.ApiTokenService;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.testing.InMemoryAdminLog;
import com.acme.tavus.application.testing.InMemoryApiTokenStore;
import com.acme.tavus.application.testing.InMemoryAuditLog;
import com.acme.tavus.application.testing.RecordingAuditTrail;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.apitoken.TokenHash;
import com.acme.tavus.domain.apitoken.TokenStatus;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.shared.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The "Security" models: API tokens (issue with the secret shown once, revoke, never delete) and the audit trail. */
@WebLayerTest
class AdminSecurityModelsWebTest {

    static final Pattern SECRET = Pattern.compile("tvp_[0-9A-Za-z]{46}");
    static final Pattern TOKEN_PAGE = Pattern.compile("/admin/api-tokens/([0-9a-f-]{36})/change/");

    @Autowired
    WebTestClient client;

    @Autowired
    AdminUserService admins;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    InMemoryApiTokenStore tokenStore;

    @Autowired
    InMemoryAdminLog adminLog;

    @Autowired
    InMemoryAuditLog auditLog;

    @Autowired
    RecordingAuditTrail auditTrail;

    AdminBrowserSession browser;

    @BeforeEach
    void signIn() {
        browser = new AdminAccounts(admins, client).superuser();
    }

    // ---- API tokens -------------------------------------------------------------------------------

    @Test
    void addingAToken_issuesItAsTheAdmin_andShowsTheSecretOnlyOnTheAnswerToTheForm() {
        var team = AdminAccounts.unique("team");
        assertThat(browser.page("/admin/api-tokens/add/")).contains("Add API token", "name=\"scopes\" value=\"admin\"",
                "name=\"expires_in_days\" value=\"90\"");

        var result = browser.post("/admin/api-tokens/add/", form("name", "ci", "team", team, "scopes", "read",
                        "scopes", "write", "expires_in_days", "30"))
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
                .expectBody(String.class).returnResult().getResponseBody();

        var secret = SECRET.matcher(result);
        assertThat(secret.find()).as("the secret is on the result page").isTrue();
        var id = id(result);
        var stored = tokenStore.findById(ApiTokenId.of(id)).block();
        assertThat(stored.hash()).isEqualTo(TokenHash.of(secret.group()));
        assertThat(stored.createdBy()).isEqualTo(new Actor("admin:" + browser.username()));
        assertThat(stored.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE);
        assertThat(stored.expiresAt()).isEqualTo(stored.createdAt().plus(30, ChronoUnit.DAYS));
        assertThat(result).contains("copy it now", "It is not stored anywhere", "cannot be shown again",
                "The API token &quot;" + team + "/ci&quot; was added successfully.");

        var elsewhere = List.of(browser.page("/admin/api-tokens/"), browser.page("/admin/api-tokens/" + id + "/change/"),
                browser.page("/admin/api-tokens/" + id + "/history/"), browser.page("/admin/"),
                browser.page("/admin/api-tokens/?q=" + team));
        assertThat(elsewhere).allSatisfy(page -> assertThat(page).doesNotContain(secret.group()));
        assertThat(elsewhere.get(1)).contains("View API token", stored.hint(), "admin:" + browser.username())
                .doesNotContain("Save and continue");
        assertThat(adminLog.all().toString()).contains(id).doesNotContain(secret.group());
        assertThat(auditTrail.entries()).filteredOn(e -> e.route().equals("/admin/{model}/add/"))
                .filteredOn(e -> e.actor().equals("admin:" + browser.username()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.resourceId()).isEqualTo(id);
                    assertThat(entry.toString()).doesNotContain(secret.group());
                });
    }

    @Test
    void addForm_showsEveryMistakeNextToItsField_andIssuesNothing() {
        var team = AdminAccounts.unique("team");

        var page = browser.post("/admin/api-tokens/add/", form("name", "bad name!", "team", team, "scopes", "root",
                        "expires_in_days", "366"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        var noScopes = browser.post("/admin/api-tokens/add/", form("name", "ok", "team", team, "expires_in_days", "0"))
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("id=\"error-name\"", "Must be 1-63 letters", "id=\"error-scopes\"",
                "root is not one of the available choices", "id=\"error-expires_in_days\"", "Must be between 1 and 365")
                .doesNotContainPattern(SECRET);
        assertThat(noScopes).contains("Select at least one of read, write, admin.", "Must be between 1 and 365");
        assertThat(tokens.list(team).collectList().block()).isEmpty();
    }

    @Test
    void tokens_listWithSearchFiltersAndSorting() {
        var team = AdminAccounts.unique("team");
        var alpha = issue("alpha", team, Scope.READ);
        var beta = issue("beta", team, Scope.ADMIN);
        tokens.revoke(beta, new Actor("ops")).block();

        var all = browser.page("/admin/api-tokens/?q=" + team + "&o=name");
        var revoked = browser.page("/admin/api-tokens/?team=" + team + "&status=revoked");
        var admin = browser.page("/admin/api-tokens/?q=" + team + "&scope=admin");

        assertThat(all).contains("2 API tokens", "<span>active</span>", "<span>revoked</span>", "?team=" + team);
        assertThat(all.indexOf(alpha.toString())).isLessThan(all.indexOf(beta.toString()));
        var descending = browser.page("/admin/api-tokens/?q=" + team + "&o=-name");
        assertThat(descending.indexOf(beta.toString())).isNotNegative().isLessThan(descending.indexOf(alpha.toString()));
        assertThat(revoked).contains(beta.toString()).doesNotContain(alpha.toString());
        assertThat(admin).contains(beta.toString()).doesNotContain(alpha.toString());
        assertThat(browser.page("/admin/api-tokens/?q=" + team + "+alpha")).contains("1 API token")
                .doesNotContain(beta.toString());
    }

    @Test
    void revoke_asABulkActionAndFromTheTokensPage_recordsTheAdmin() {
        var team = AdminAccounts.unique("team");
        var first = issue("first", team, Scope.READ);
        var second = issue("second", team, Scope.WRITE);
        var third = issue("third", team, Scope.WRITE);
        browser.page("/admin/api-tokens/");
        var selection = form("action", "revoke");
        selection.add("_selected_action", first.toString());
        selection.add("_selected_action", second.toString());

        var list = browser.submit("/admin/api-tokens/", selection);
        var page = browser.page("/admin/api-tokens/" + third + "/change/");
        var after = browser.submit("/admin/api-tokens/" + third + "/actions/revoke/", form());

        assertThat(list).contains("Revoke: done for 2 API tokens.");
        assertThat(page).contains("/admin/api-tokens/" + third + "/actions/revoke/");
        assertThat(after).contains("Revoke: done for 1 API token.");
        for (var id : List.of(first, second, third)) {
            var view = tokens.get(id).block();
            assertThat(view.status()).isEqualTo(TokenStatus.REVOKED);
            assertThat(view.token().revokedBy()).isEqualTo(new Actor("admin:" + browser.username()));
        }
        assertThat(browser.page("/admin/api-tokens/" + third + "/history/"))
                .contains("Ran action &quot;Revoke&quot;: revoked.");
    }

    @Test
    void tokens_cannotBeDeletedOrChanged_evenByASuperuser() {
        var id = issue("keep", AdminAccounts.unique("team"), Scope.READ);
        var page = browser.page("/admin/api-tokens/" + id + "/change/");
        var selection = form("action", "delete_selected", "post", "yes");
        selection.add("_selected_action", id.toString());

        browser.get("/admin/api-tokens/" + id + "/delete/").expectStatus().isForbidden();
        browser.post("/admin/api-tokens/" + id + "/delete/", form()).expectStatus().isForbidden();
        browser.post("/admin/api-tokens/", selection).expectStatus().isForbidden();
        browser.post("/admin/api-tokens/" + id + "/change/", form("name", "renamed")).expectStatus().isEqualTo(422)
                .expectBody(String.class).value(body -> assertThat(body).contains("API tokens cannot be changed"));

        assertThat(page).doesNotContain("deletelink", "Delete selected");
        assertThat(browser.page("/admin/api-tokens/")).doesNotContain("Delete selected API tokens");
        assertThat(tokens.get(id).block().token().name()).isEqualTo("keep");
    }

    @Test
    void tokens_needTheirOwnPermissions() {
        var id = issue("perm", AdminAccounts.unique("team"), Scope.READ);
        var accounts = new AdminAccounts(admins, client);
        var nobody = accounts.staff("onboarding-users.view");
        var viewer = accounts.staff("api-tokens.view");
        var selection = form("action", "revoke");
        viewer.page("/admin/api-tokens/");
        selection.add("_selected_action", id.toString());

        nobody.get("/admin/api-tokens/").expectStatus().isForbidden();
        nobody.get("/admin/api-tokens/" + id + "/change/").expectStatus().isForbidden();
        assertThat(nobody.page("/admin/")).doesNotContain("/admin/api-tokens/");
        assertThat(viewer.page("/admin/api-tokens/" + id + "/change/")).doesNotContain("actions/revoke");
        viewer.get("/admin/api-tokens/add/").expectStatus().isForbidden();
        viewer.post("/admin/api-tokens/add/", form("name", "x", "team", "y", "scopes", "read"))
                .expectStatus().isForbidden();
        viewer.post("/admin/api-tokens/", selection).expectStatus().isForbidden();
        viewer.post("/admin/api-tokens/" + id + "/actions/revoke/", form()).expectStatus().isForbidden();

        assertThat(tokens.get(id).block().status()).isEqualTo(TokenStatus.ACTIVE);
    }

    // ---- audit log --------------------------------------------------------------------------------

    @Test
    void auditLog_listsNewestFirst_withFiltersSearchAndAPageForEachEntry() {
        var actor = AdminAccounts.unique("team") + "/ci";
        var at = Instant.parse("2025-01-01T09:00:00.123456Z");
        var resource = AdminAccounts.unique("c");
        auditLog.append(List.of(
                new AuditEntry(at, "req-old-" + resource, actor, "POST", "/tavus-api-calls/conversations/", resource,
                        201, 200, 87),
                new AuditEntry(at.plusSeconds(60), "req-new-" + resource, actor, "DELETE",
                        "/tavus-api-calls/conversations/{conversation_id}/", "c-other", 404, 400, 12),
                new AuditEntry(at.plusSeconds(30), "req-else-" + resource, "someone-else", "PATCH", "/x", null, 200,
                        null, 3))).block();

        var mine = browser.page("/admin/audit-log/?actor=" + actor);
        var refused = browser.page("/admin/audit-log/?actor=" + actor + "&status=4xx&method=DELETE");
        var searched = browser.page("/admin/audit-log/?q=" + resource);
        var byRequest = browser.page("/admin/audit-log/?q=req-else-" + resource);

        assertThat(mine).contains("2 audit log entries", "Select audit log entry to view")
                .doesNotContain("req-else-" + resource, "Add audit log entry");
        assertThat(mine.indexOf("req-new-" + resource)).isLessThan(mine.indexOf("req-old-" + resource));
        assertThat(refused).contains("1 audit log entry", "req-new-" + resource, "<span>400</span>")
                .doesNotContain("req-old-" + resource);
        assertThat(searched).contains("req-old-" + resource).doesNotContain("req-new-" + resource);
        assertThat(byRequest).contains("1 audit log entry", "someone-else");
        var entryHref = "/admin/audit-log/" + ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-req-old-" + resource
                + "/change/";
        assertThat(mine).contains(entryHref);
        assertThat(browser.page(entryHref)).contains("View audit log entry", "/tavus-api-calls/conversations/", "87")
                .doesNotContain("Save");
        browser.get("/admin/audit-log/1-nope/change/").expectStatus().isNotFound();
        browser.get("/admin/audit-log/add/").expectStatus().isForbidden();
        browser.get("/admin/audit-log/" + ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-req-old-" + resource
                + "/delete/").expectStatus().isForbidden();
        new AdminAccounts(admins, client).staff("api-tokens.view").get("/admin/audit-log/").expectStatus().isForbidden();
    }

    // ---- the admin's own requests in the audit trail ------------------------------------------------

    @Test
    void everyAdminPost_isInTheAuditTrailUnderTheAdmin_withoutItsForm() {
        var username = AdminAccounts.unique("editor");
        admins.createSuperuser(username, null, AdminAccounts.PASSWORD).block();
        var editor = AdminBrowserSession.login(client, username, AdminAccounts.PASSWORD);
        var email = AdminAccounts.unique("ada") + "@example.com";

        editor.submit("/admin/onboarding-users/add/", form("email", email, "first_name", "Ada", "last_name", "L"));
        editor.post("/admin/logout", form()).expectStatus().is3xxRedirection();

        var mine = auditTrail.entries().stream().filter(e -> e.actor().equals("admin:" + username)).toList();
        assertThat(mine).extracting(AuditEntry::method, AuditEntry::route).containsExactly(
                org.assertj.core.groups.Tuple.tuple("POST", "/admin/login"),
                org.assertj.core.groups.Tuple.tuple("POST", "/admin/{model}/add/"),
                org.assertj.core.groups.Tuple.tuple("POST", "/admin/logout"));
        assertThat(mine.get(1).status()).isEqualTo(303);
        assertThat(mine.get(1).resourceId()).isNotNull();
        assertThat(auditTrail.entries().toString()).doesNotContain(AdminAccounts.PASSWORD, email);
    }

    private ApiTokenId issue(String name, String team, Scope scope) {
        return tokens.issue(new IssueApiTokenCommand(name, team, Set.of(scope), null, null), new Actor("test"))
                .block().view().token().id();
    }

    private static String id(String page) {
        var matcher = TOKEN_PAGE.matcher(page);
        assertThat(matcher.find()).as("a link to the new token's page").isTrue();
        return matcher.group(1);
    }
}
