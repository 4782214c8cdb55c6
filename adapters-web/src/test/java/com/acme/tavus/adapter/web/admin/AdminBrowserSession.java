package com.acme.tavus.adapter.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A signed-in admin for WebTestClient tests, acting like a browser: it keeps the session cookie,
 * reads the CSRF token from the pages it gets and sends it with every form.
 */
final class AdminBrowserSession {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient client;
    private String session;
    private String csrf;
    private String username;

    private AdminBrowserSession(WebTestClient client) {
        this.client = client;
    }

    /** Opens the login page, then signs in; fails the test unless the login succeeds. */
    static AdminBrowserSession login(WebTestClient client, String username, String password) {
        var browser = new AdminBrowserSession(client);
        browser.username = username;
        browser.page("/admin/login");
        var before = browser.session;
        var result = browser.post("/admin/login", form("username", username, "password", password))
                .expectStatus().isFound()
                .expectHeader().location("/admin/")
                .returnResult(String.class);
        var cookie = result.getResponseCookies().getFirst("SESSION");
        assertThat(cookie).as("a new session cookie at sign-in").isNotNull();
        assertThat(cookie.getValue()).as("the session id changes at sign-in").isNotEqualTo(before);
        browser.session = cookie.getValue();
        browser.page("/admin/");
        return browser;
    }

    /** A browser with no session yet, for the login page itself. */
    static AdminBrowserSession anonymous(WebTestClient client) {
        return new AdminBrowserSession(client);
    }

    /** GETs a page that must answer 200, remembering its session cookie and CSRF token. */
    String page(String path) {
        var result = get(path).expectStatus().isOk().expectBody(String.class).returnResult();
        remember(result.getResponseCookies().getFirst("SESSION"), result.getResponseBody());
        return result.getResponseBody();
    }

    WebTestClient.ResponseSpec get(String path) {
        var request = client.get().uri(URI.create(path)).accept(MediaType.TEXT_HTML);
        if (session != null) {
            request = request.cookie("SESSION", session);
        }
        return request.exchange();
    }

    /** POSTs a form with the current CSRF token. */
    WebTestClient.ResponseSpec post(String path, MultiValueMap<String, String> form) {
        var withToken = new LinkedMultiValueMap<>(form);
        if (csrf != null && !withToken.containsKey("_csrf")) {
            withToken.add("_csrf", csrf);
        }
        return postRaw(path, withToken);
    }

    /** POSTs exactly this form (no CSRF token added). */
    WebTestClient.ResponseSpec postRaw(String path, MultiValueMap<String, String> form) {
        var request = client.post().uri(URI.create(path)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML);
        if (session != null) {
            request = request.cookie("SESSION", session);
        }
        return request.body(BodyInserters.fromFormData(form)).exchange();
    }

    /** POSTs a form that must redirect; follows the redirect and returns the page it lands on. */
    String submit(String path, MultiValueMap<String, String> form) {
        var location = post(path, form).expectStatus().is3xxRedirection().returnResult(String.class)
                .getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).isNotNull();
        return page(location);
    }

    String session() {
        return session;
    }

    /** Who is signed in ({@code null} for an anonymous browser). */
    String username() {
        return username;
    }

    private void remember(org.springframework.http.ResponseCookie cookie, String html) {
        if (cookie != null) {
            session = cookie.getValue();
        }
        if (html != null) {
            var token = CSRF.matcher(html);
            if (token.find()) {
                csrf = token.group(1);
            }
        }
    }

    static MultiValueMap<String, String> form(String... pairs) {
        var form = new LinkedMultiValueMap<String, String>();
        for (var i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
