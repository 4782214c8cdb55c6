package com.acme.tavus.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.bootstrap.cli.PlatformCommands;
import com.acme.tavus.bootstrap.cli.Terminal;
import com.acme.tavus.bootstrap.e2e.SandboxApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The admin site in a real headless Chromium against the running application (sandbox mode): the
 * superuser is made with the documented {@code createsuperuser} command, then signs in and searches,
 * filters, edits with a validation error, runs a bulk action, reads the history, and ends a
 * conversation on Tavus. A failed test leaves a screenshot and the page under
 * target/browser-artifacts/.
 */
@SandboxApplicationTest
class AdminBrowserTest {

    static final String PASSWORD = "correct horse battery";
    /** Made once per class run (a rerun of a failed class makes another). */
    static String username;

    static AdminBrowser browser;

    @RegisterExtension
    final AdminBrowserArtifacts artifacts = new AdminBrowserArtifacts(() -> browser);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    String tag;

    @BeforeAll
    static void createSuperuserWithTheDocumentedCommand() {
        username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        var output = new ByteArrayOutputStream();
        var code = PlatformCommands.run(new String[] {"createsuperuser", "--username", username,
                "--email", username + "@example.com",
                "--spring.datasource.url=jdbc:h2:mem:sandbox-e2e;DB_CLOSE_DELAY=-1"}, new ScriptTerminal(output));
        assertThat(code).as(output.toString(StandardCharsets.UTF_8)).isZero();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void signIn() {
        if (browser == null) {
            browser = AdminBrowser.open("http://localhost:" + port);
        }
        tag = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        browser.logIn(username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/admin/");
    }

    /** An onboarding call made through the API, as a client would: a user and a tracked conversation. */
    String onboard(String firstName) {
        var body = http.post().uri("/api/v1/tavus/create-conversation")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", firstName.toLowerCase() + "." + tag + "@example.com",
                        "first_name", firstName, "last_name", "Browser"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("conversation_id");
    }

    void searchUsers(String text) {
        browser.go("/admin/onboarding-users/").type("#searchbar", text).submit("#changelist-search input[type=submit]");
    }

    @Test
    void index_searchAndFilter() {
        onboard("Ada");
        onboard("Grace");

        assertThat(browser.text("#content-main")).contains("Onboarding", "Onboarding users", "Tracked conversations",
                "Webhook events", "Replicas", "Personas", "Documents", "Admin users");
        searchUsers(tag + " grace");
        assertThat(browser.text("#result_list tbody")).contains("grace." + tag).doesNotContain("ada." + tag);
        assertThat(browser.text("#result-count")).isEqualTo("1 onboarding user");

        searchUsers(tag);
        browser.follow("Today");
        assertThat(browser.path()).contains("created=today").contains("q=" + tag);
        assertThat(browser.text("#changelist-filter li.selected")).isEqualTo("Today");
        assertThat(browser.driver().findElements(By.cssSelector("#result_list tbody tr"))).hasSize(2);
    }

    @Test
    void edit_showsTheValidationErrorNextToTheField_thenSaves_andTheHistorySaysWhat() {
        onboard("Edith");
        searchUsers(tag);
        browser.follow("edith." + tag + "@example.com");

        browser.type("#id_email", "not-an-email").submit("input[name=_save]");
        assertThat(browser.text("#error-email")).isEqualTo("Must be a valid email address.");
        assertThat(browser.find("#id_email").getAttribute("value")).isEqualTo("not-an-email");

        browser.type("#id_email", "edith.new." + tag + "@example.com").submit("input[name=_continue]");
        assertThat(browser.text(".messagelist")).contains("was changed successfully");
        browser.follow("HISTORY");
        assertThat(browser.text("#change-history")).contains(username, "Changed email.");
    }

    @Test
    void bulkAction_deleteSelected_asksThenDeletes() {
        onboard("Bulk");
        onboard("Batch");
        searchUsers(tag);

        browser.click("#action-toggle");
        assertThat(browser.driver().findElements(By.cssSelector("input.action-select:checked"))).hasSize(2);
        new Select(browser.find("select[name=action]")).selectByValue("delete_selected");
        browser.submit("#changelist-form button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("Are you sure?");
        assertThat(browser.text("#deleted-objects")).contains("bulk." + tag, "batch." + tag, "kept, no longer linked");
        browser.submit("#content input[type=submit]");

        assertThat(browser.text(".messagelist")).contains("Successfully deleted 2 onboarding users.");
        assertThat(browser.path()).contains("q=" + tag);
        assertThat(browser.text("#result-count")).isEqualTo("0 onboarding users");
    }

    @Test
    void conversation_endsOnTavusFromItsPage() {
        var conversation = onboard("Caller");
        browser.go("/admin/conversations/" + conversation + "/change/");
        assertThat(browser.text("h1")).isEqualTo("View tracked conversation");

        browser.navigate(browser.driver().findElement(By.xpath("//button[normalize-space()='End on Tavus']")));

        assertThat(browser.text(".messagelist")).contains("End on Tavus: done for 1 tracked conversation.");
        assertThat(browser.text("#row-status")).contains("completed");
    }

    @Test
    void logout_endsTheSession() {
        browser.submit("#logout-form button");

        assertThat(browser.path()).isEqualTo("/admin/login?logout");
        browser.go("/admin/");
        assertThat(browser.path()).isEqualTo("/admin/login");
    }

    /** Answers createsuperuser as a script would: the password in ADMIN_PASSWORD, no console. */
    record ScriptTerminal(ByteArrayOutputStream output) implements Terminal {
        @Override
        public String env(String name) {
            return "ADMIN_PASSWORD".equals(name) ? PASSWORD : null;
        }

        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public String readLine(String prompt) {
            return null;
        }

        @Override
        public String readPassword(String prompt) {
            return null;
        }

        @Override
        public PrintStream out() {
            return new PrintStream(output, true, StandardCharsets.UTF_8);
        }

        @Override
        public PrintStream err() {
            return out();
        }
    }
}
