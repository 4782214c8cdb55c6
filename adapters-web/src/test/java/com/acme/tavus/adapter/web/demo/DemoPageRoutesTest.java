package com.acme.tavus.adapter.web.demo;

import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo page and the sandbox call page over HTTP: public, served with the right types and a
 * strict Content-Security-Policy, free of inline script, inline style and tokens, and complete
 * (every file the page or its modules load is there).
 */
@WebLayerTest
class DemoPageRoutesTest {

    private static final String DEMO = "/tavus-api-calls/demo/";
    private static final Pattern LOADED_FILE = Pattern.compile("(?:src|href)=\"([a-z0-9-]+\\.(?:js|css|svg))\"");
    private static final Pattern IMPORTED_MODULE = Pattern.compile("from '\\./([a-z0-9-]+\\.js)'");

    @Autowired
    WebTestClient client;

    @Test
    void withoutTheSlash_redirectsToThePage() {
        client.get().uri("/tavus-api-calls/demo")
                .exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().valueEquals("Location", DEMO);
    }

    @Test
    void thePage_isPublicHtmlUnderAStrictPolicy_withNoInlineCodeAndNoToken() {
        var html = client.get().uri(DEMO)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectHeader().valueEquals("X-Tavus-Mode", "sandbox")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'").contains("script-src 'self';").contains("style-src 'self';")
                        .contains("connect-src 'self'").contains("frame-src 'self' https://*.daily.co https://*.tavus.io")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe"))
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("<script type=\"module\" src=\"demo.js\"></script>")
                .doesNotContain(TOKEN).doesNotContainIgnoringCase("FOOBAR")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)") // no inline script
                .doesNotContainPattern("<style|\\sstyle=") // no inline style
                .doesNotContainPattern("\\son[a-z]+=\"") // no inline event handler
                .doesNotContainPattern("https?://"); // every file comes from this service
    }

    @Test
    void everyFileThePageAndItsModulesLoad_isServedWithItsType() {
        var toCheck = new LinkedHashSet<String>();
        matches(LOADED_FILE, page(DEMO), toCheck);
        var checked = new LinkedHashSet<String>();
        while (!toCheck.isEmpty()) {
            var file = toCheck.iterator().next();
            toCheck.remove(file);
            if (!checked.add(file)) {
                continue;
            }
            var type = file.endsWith(".js") ? "text/javascript;charset=UTF-8"
                    : file.endsWith(".css") ? "text/css;charset=UTF-8" : "image/svg+xml";
            var body = client.get().uri(DEMO + file)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentType(type)
                    .expectBody(String.class).returnResult().getResponseBody();
            if (file.endsWith(".js")) {
                assertThat(body).as(file).doesNotContain("innerHTML").doesNotContain("eval(")
                        .doesNotContain("localStorage").doesNotContain("document.write");
                matches(IMPORTED_MODULE, body, toCheck);
            }
        }
        assertThat(checked).contains("demo.js", "demo.css", "api.js", "sse.js", "live.js", "persona-builder.js",
                "resources.js", "operations.js", "validation.js", "ui.js", "dom.js", "favicon.svg");
    }

    @Test
    void headRequests_areAnsweredToo() {
        client.head().uri(DEMO).exchange().expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8");
        client.head().uri(DEMO + "demo.js").exchange().expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope.js", "index.htm", "DEMO.JS", "sandbox-call.html"})
    void anythingElse_isAJson404(String file) {
        client.get().uri(DEMO + file)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.error").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2Fapplication.yml", "%2e%2e%2fsecret", "..;/x.js"})
    void pathTricks_reachNothing(String file) {
        client.get().uri(DEMO + file)
                .exchange()
                .expectStatus().value(status -> assertThat(status).isIn(400, 404))
                .expectBody().jsonPath("$.error").isNotEmpty();
    }

    @Test
    void onlyReading_isPublic() {
        client.post().uri(DEMO).exchange().expectStatus().isUnauthorized();
        client.delete().uri(DEMO + "demo.js").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void sandboxCallPage_isPublic_frameableByThisServiceOnly_andNamesNoSecret() {
        var html = client.get().uri("/sandbox/calls/c0123456789a")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectHeader().valueEquals("X-Frame-Options", "SAMEORIGIN")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("frame-ancestors 'self'").contains("script-src 'self';").doesNotContain("unsafe"))
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("src=\"/tavus-api-calls/demo/sandbox-call.js\"")
                .contains("href=\"/tavus-api-calls/demo/sandbox-call.css\"")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("<style|\\sstyle=");
        client.get().uri("/sandbox/calls/c0123456789a/").exchange().expectStatus().isOk();
        client.get().uri("/tavus-api-calls/demo/sandbox-call.js").exchange().expectStatus().isOk()
                .expectHeader().contentType("text/javascript;charset=UTF-8");
    }

    @Test
    void sandboxCallPage_forSomethingThatIsNoId_isA404() {
        client.get().uri("/sandbox/calls/c1.html").exchange().expectStatus().isNotFound();
        client.get().uri("/sandbox/calls/").exchange().expectStatus().isNotFound();
    }

    @Test
    void theDemosOwnApiCalls_stillNeedTheToken() {
        client.get().uri("/tavus-api-calls/conversations/list/").exchange().expectStatus().isUnauthorized();
    }

    private String page(String path) {
        return new String(client.get().uri(path).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
    }

    private static void matches(Pattern pattern, String text, Set<String> into) {
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
