package com.acme.tavus.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.bootstrap.e2e.SandboxApplicationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo page in a real headless Chromium against the whole application in sandbox mode: what a
 * newcomer does on a fresh machine, from pasting the token to a completed conversation with its
 * transcript, plus the page's mistakes-handling, keyboard use, labels, contrast, phone layout and
 * the unit tests of its JavaScript modules. The page runs under its strict Content-Security-Policy,
 * so a blocked inline script or style would show up as a console error here.
 */
@SandboxApplicationTest
@ExtendWith(HeadlessChromium.class)
class DemoPageBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "demo-screenshots");

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void newcomer_buildsAPersona_talksToItInTheSandbox_andSeesTheCallCompleteWithATranscript(WebDriver browser)
            throws IOException {
        var page = new DemoPageDriver(browser, port).open();
        page.waitForAttribute("#mode-badge", "data-mode", "sandbox");

        page.useToken(DemoPageDriver.TOKEN);
        assertThat(page.attribute("#token-status", "data-state")).isEqualTo("ok");
        assertThat(browser.getPageSource()).as("the token never lands in the page").doesNotContain(DemoPageDriver.TOKEN);

        page.tab("persona-builder");
        assertThat(page.value("#persona-tools")).contains("add_schedule_event");
        assertThat(page.text("#persona-preview")).contains("\"tts_engine\": \"cartesia\"").contains("add_schedule_event");
        page.find("#persona-create").click();
        page.waitForVisible("#persona-created-id");
        var personaId = page.text("#persona-created-id");
        http.get().uri("/tavus-api-calls/personas/{id}/", personaId)
                .header("X-API-TOKEN", DemoPageDriver.TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.persona_name").isEqualTo("DRAKO")
                .jsonPath("$.default_replica_id").isEqualTo("re8e740a42")
                .jsonPath("$.layers.llm.tools[0].function.name").isEqualTo("add_schedule_event");

        Files.createDirectories(SCREENSHOTS);
        page.script("window.scrollTo(0, 0)");
        Files.write(SCREENSHOTS.resolve("demo-persona-builder.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        page.find("#persona-use").click();
        page.waitForVisible("#panel-live");
        assertThat(page.value("#live-persona")).isEqualTo(personaId);
        page.find("#live-start").click();

        page.waitForVisible("#live-call");
        var conversationId = page.text("#live-id");
        assertThat(conversationId).matches("c[0-9a-f]{11}");
        assertThat(page.text("#live-exchange")).contains("POST /tavus-api-calls/conversations/").contains("200 OK")
                .contains("\"persona_id\": \"" + personaId + "\"");
        assertThat(page.attribute("#live-frame", "src"))
                .isEqualTo("http://localhost:" + port + "/sandbox/calls/" + conversationId);
        assertThat(page.attribute("#live-frame", "allow")).contains("camera").contains("microphone");
        browser.switchTo().frame(page.find("#live-frame"));
        page.waitUntil(d -> page.text("h1").contains(conversationId));
        assertThat(page.text(".sandbox-note")).contains("Sandbox");
        browser.switchTo().defaultContent();

        page.waitForAttribute("#live-status", "data-status", "active");
        page.find("#live-end").click();
        page.waitForAttribute("#live-status", "data-status", "completed");
        page.waitForVisible("#live-transcript-lines");
        assertThat(page.text("#live-transcript")).contains("Replica: ").contains("You: ")
                .doesNotContain("You are DRAKO"); // the system prompt is not part of what was said
        assertThat(page.text("#live-history")).contains("created").contains("active").contains("completed");
        assertThat(page.find("#live-end").isEnabled()).isFalse();
        browser.switchTo().frame(page.find("#live-frame"));
        page.waitUntil(d -> page.text("#message").contains("The call has ended"));
        browser.switchTo().defaultContent();

        page.script("document.getElementById('live-call').scrollIntoView()");
        Files.write(SCREENSHOTS.resolve("demo-sandbox-conversation.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(severeConsoleErrors(browser)).as("console errors, CSP violations included").isEmpty();
    }

    @Test
    void leaveCall_inTheSandboxCallPage_endsTheConversationThroughTheDemo(WebDriver browser) {
        // Opened at 127.0.0.1 while the service writes localhost into conversation URLs: the call page
        // is still framed from the demo's own origin, or the frame would be refused.
        var page = new DemoPageDriver(browser, "127.0.0.1", port).open().useToken(DemoPageDriver.TOKEN);
        page.find("#live-start").click(); // the form's defaults: the stock persona p24293d6
        page.waitForVisible("#live-call");
        assertThat(page.attribute("#live-frame", "src")).startsWith("http://127.0.0.1:" + port + "/sandbox/calls/");
        page.waitForAttribute("#live-status", "data-status", "active");

        browser.switchTo().frame(page.find("#live-frame"));
        page.find("#leave").click();
        browser.switchTo().defaultContent();

        page.waitForAttribute("#live-status", "data-status", "completed");
        page.waitForVisible("#live-transcript-lines");
        assertThat(page.text("#live-end-exchange")).contains("200 OK");
        assertThat(page.script("return document.getElementById('live-end-exchange').textContent"))
                .asString().contains("POST /tavus-api-calls/conversations/" + page.text("#live-id") + "/end/");
    }

    @Test
    void personaBuilder_showsBadToolsJsonNextToTheField_andSendsNothing(WebDriver browser) {
        var page = new DemoPageDriver(browser, port).open().useToken(DemoPageDriver.TOKEN).tab("persona-builder");

        page.setValue("#persona-tools", "[{\"type\": \"function\", \"function\": {\"name\": \"add_event\"}}");
        assertThat(page.text("#persona-tools-status")).startsWith("Tools: not valid JSON");
        page.find("#persona-create").click();

        page.waitForVisible("#persona-summary");
        assertThat(page.text("#persona-summary")).contains("Tools: not valid JSON");
        assertThat(page.attribute("#persona-tools", "aria-invalid")).isEqualTo("true");
        assertThat(page.text("#persona-tools-error")).startsWith("not valid JSON");
        assertThat(page.script("return document.activeElement.id")).isEqualTo("persona-summary");
        assertThat(page.find("#persona-exchange").isDisplayed()).as("nothing was sent").isFalse();

        page.setValue("#persona-tools", "[{\"type\": \"function\", \"function\": {\"name\": \"add event\"}}]");
        page.setValue("#persona-system-prompt", "");
        page.find("#persona-create").click();
        page.waitUntil(d -> page.text("#persona-summary").contains("2 problems"));
        assertThat(page.text("#persona-tools-error"))
                .isEqualTo("tools[0].function.name: must be 1-64 letters, digits, '_' or '-'");
        assertThat(page.attribute("#persona-system-prompt", "aria-invalid")).isEqualTo("true");

        page.find("#persona-summary a").click(); // the summary's links move to the field
        assertThat(page.script("return document.activeElement.id")).isEqualTo("persona-system-prompt");
    }

    @Test
    void resourcePanels_showThePlatformsValidationErrorsClearly(WebDriver browser) {
        var page = new DemoPageDriver(browser, port).open().useToken(DemoPageDriver.TOKEN).tab("replicas");

        page.setValue("#replicas-create-body", "{\"replica_name\": \"Rio\"}");
        page.find("#op-replicas-create button[type=submit]").click();

        page.waitForVisible("#op-replicas-create .outcome-error");
        assertThat(page.text("#op-replicas-create .outcome-error"))
                .isEqualTo("Error: 400 Bad Request: train_video_url: must not be blank");
        assertThat(page.text("#op-replicas-create .exchange")).contains("POST /tavus-api-calls/replicas/")
                .contains("X-API-TOKEN: •••••••• (your token)").contains("{\"replica_name\": \"Rio\"}")
                .contains("HTTP 400 Bad Request").contains("x-tavus-mode: sandbox");

        page.tab("conversations");
        page.find("#op-conversations-get summary").click();
        page.find("#op-conversations-get button[type=submit]").click();
        page.waitForVisible("#op-conversations-get .error-summary");
        assertThat(page.text("#conversations-get-p-conversation_id-error")).isEqualTo("required");

        page.find("#conversations-get-p-conversation_id").sendKeys("cdoesnotexist");
        page.find("#op-conversations-get button[type=submit]").click();
        page.waitForVisible("#op-conversations-get .outcome-error");
        assertThat(page.text("#op-conversations-get .outcome-error"))
                .startsWith("Error: 404 Not Found: conversation cdoesnotexist was not found");
    }

    @Test
    void wrongToken_isRejectedClearly_andNotKept(WebDriver browser) {
        var page = new DemoPageDriver(browser, port).open().useToken("NOT-A-TOKEN");

        assertThat(page.attribute("#token-status", "data-state")).isEqualTo("error");
        assertThat(page.text("#token-status")).contains("rejected (401)");
        assertThat(page.attribute("#token-input", "aria-invalid")).isEqualTo("true");
        assertThat(page.script("return sessionStorage.length")).isEqualTo(0L);
    }

    @Test
    void tabs_workWithTheKeyboard_andEveryPanelIsLabelledReadableAndFitsAPhone(WebDriver browser) throws IOException {
        var page = new DemoPageDriver(browser, port).open().useToken(DemoPageDriver.TOKEN);
        var check = resource("accessibility-check.js");

        page.find("#tab-live").sendKeys(Keys.ARROW_RIGHT);
        assertThat(page.script("return document.activeElement.id")).isEqualTo("tab-persona-builder");
        assertThat(page.find("#panel-persona-builder").isDisplayed()).isTrue();
        page.find("#tab-persona-builder").sendKeys(Keys.END);
        assertThat(page.attribute("#tab-onboarding", "aria-selected")).isEqualTo("true");
        page.find("#tab-onboarding").sendKeys(Keys.HOME);
        assertThat(page.attribute("#tab-live", "aria-selected")).isEqualTo("true");

        var chrome = (ChromeDriver) browser;
        var tabs = page.findAll("[role=tab]").stream().map(tab -> tab.getDomAttribute("id").substring("tab-".length())).toList();
        try {
            for (var width : List.of(1280, 390)) {
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                        "width", width, "height", 844, "deviceScaleFactor", 1, "mobile", width < 600));
                for (var tab : tabs) {
                    page.tab(tab);
                    assertThat(page.script(check)).as("accessibility of %s at %d px", tab, width).asList().isEmpty();
                    assertThat(page.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                            .as("no sideways scrolling of %s at %d px", tab, width).isEqualTo(true);
                }
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(severeConsoleErrors(browser)).isEmpty();
    }

    @Test
    void javascriptModules_passTheirUnitTestsInTheBrowser(WebDriver browser) throws IOException {
        var finished = finishedConversation();
        var page = new DemoPageDriver(browser, port).open();

        var results = (List<?>) page.asyncScript(resource("demo-unit-tests.js"), DemoPageDriver.TOKEN, finished);

        assertThat(results).hasSizeGreaterThan(15);
        assertThat(results).as("failed JavaScript unit tests")
                .filteredOn(result -> !Boolean.TRUE.equals(((Map<?, ?>) result).get("ok")))
                .isEmpty();
    }

    /** A conversation created and ended through the API, for the stream-reading unit tests. */
    private String finishedConversation() {
        var created = http.post().uri("/tavus-api-calls/conversations/")
                .header("X-API-TOKEN", DemoPageDriver.TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"replica_id\": \"re8e740a42\", \"conversation_name\": \"For the unit tests\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("conversation_id");
        http.post().uri("/tavus-api-calls/conversations/{id}/end/", id)
                .header("X-API-TOKEN", DemoPageDriver.TOKEN)
                .exchange()
                .expectStatus().isOk();
        return id;
    }

    private static List<String> severeConsoleErrors(WebDriver browser) {
        return HeadlessChromium.consoleOf(browser).lines().filter(line -> line.contains("SEVERE")).toList();
    }

    private static String resource(String name) throws IOException {
        try (var in = DemoPageBrowserTest.class.getResourceAsStream("/browser/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
