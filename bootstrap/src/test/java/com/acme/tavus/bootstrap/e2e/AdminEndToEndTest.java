package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The admin site over real HTTP with the real wiring (H2 + Liquibase + jOOQ, sandbox Tavus): the
 * session cookie as application.yml configures it, and the live Tavus resources listed through the
 * platform's ports, and an API token issued and revoked on the admin site working, then refused, on
 * the API.
 */
@SandboxApplicationTest
class AdminEndToEndTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final String PASSWORD = "correct horse battery";
    static final Pattern SECRET = Pattern.compile("tvp_[0-9A-Za-z]{46}");
    static final Pattern TOKEN_PAGE = Pattern.compile("/admin/api-tokens/([0-9a-f-]{36})/change/");

    @Autowired
    WebTestClient http;

    @Autowired
    ManageAdminUsersUseCase admins;

    @Test
    void sessionCookie_isScopedToTheAdminHttpOnlyAndSameSite() {
        var cookie = http.get().uri("/admin/login").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);

        assertThat(cookie).startsWith("SESSION=").contains("Path=/admin", "SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void signedInAdmin_seesTheSandboxsStockPersonaAndReplicaThroughThePorts() {
        var session = logIn();

        var personas = page("/admin/personas/?type=system", session);
        var replica = page("/admin/replicas/re8e740a42/change/", session);

        assertThat(personas).contains("p24293d6");
        assertThat(replica).contains("re8e740a42", "Change replica");
        assertThat(page("/admin/personas/p24293d6/change/", session)).contains("&quot;persona_name&quot;");
        assertThat(page("/admin/webhook-events/", session)).contains("Select webhook event to view");
    }

    @Test
    void tokenIssuedOnTheAdminSite_worksOnTheApiUntilRevokedThere() {
        var session = logIn();
        var csrf = csrf(page("/admin/api-tokens/add/", session));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("name", "e2e");
        form.add("team", "admin-" + UUID.randomUUID().toString().substring(0, 8));
        form.add("scopes", "read");
        form.add("expires_in_days", "7");
        form.add("_csrf", csrf);

        var result = post("/admin/api-tokens/add/", form, session).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        var secret = SECRET.matcher(result);
        assertThat(secret.find()).isTrue();
        var token = secret.group();
        var id = TOKEN_PAGE.matcher(result);
        assertThat(id.find()).isTrue();
        http.get().uri("/tavus-api-calls/conversations/list/").header("X-API-TOKEN", token).exchange().expectStatus().isOk();

        var revoke = new LinkedMultiValueMap<String, String>();
        revoke.add("_csrf", csrf(page("/admin/api-tokens/" + id.group(1) + "/change/", session)));
        post("/admin/api-tokens/" + id.group(1) + "/actions/revoke/", revoke, session).expectStatus().is3xxRedirection();

        http.get().uri("/tavus-api-calls/conversations/list/").header("X-API-TOKEN", token).exchange()
                .expectStatus().isUnauthorized();
        assertThat(page("/admin/api-tokens/" + id.group(1) + "/change/", session)).contains("revoked")
                .doesNotContain(token);
        assertThat(page("/admin/audit-log/", session)).contains("Select audit log entry to view");
    }

    String logIn() {
        var name = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        admins.createSuperuser(name, null, PASSWORD).block();
        var login = http.get().uri("/admin/login").exchange().expectStatus().isOk().returnResult(String.class);
        var session = login.getResponseCookies().getFirst("SESSION").getValue();
        var html = page("/admin/login", session);
        var csrf = CSRF.matcher(html);
        assertThat(csrf.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", name);
        form.add("password", PASSWORD);
        form.add("_csrf", csrf.group(1));
        var result = http.post().uri("/admin/login").cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isFound().expectHeader().location("/admin/").returnResult(String.class);
        return result.getResponseCookies().getFirst("SESSION").getValue();
    }

    WebTestClient.ResponseSpec post(String path, LinkedMultiValueMap<String, String> form, String session) {
        return http.post().uri(path).cookie("SESSION", session).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML).body(BodyInserters.fromFormData(form)).exchange();
    }

    static String csrf(String html) {
        var csrf = CSRF.matcher(html);
        assertThat(csrf.find()).isTrue();
        return csrf.group(1);
    }

    String page(String path, String session) {
        return http.get().uri(path).cookie("SESSION", session).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
