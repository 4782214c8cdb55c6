package com.acme.tavus.adapter.web.admin;

import static com.acme.tavus.adapter.web.admin.AdminBrowserSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.admin.AdminUserService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebLayerTest
class AdminLoginWebTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    WebTestClient client;

    @Autowired
    AdminUserService admins;

    String superuser() {
        var name = "root-" + UUID.randomUUID().toString().substring(0, 8);
        admins.createSuperuser(name, null, PASSWORD).block();
        return name;
    }

    @Test
    void adminPages_withoutSession_redirectToTheLoginPage() {
        client.get().uri("/admin/").exchange().expectStatus().isFound().expectHeader().location("/admin/login");
        client.get().uri("/admin/personas/").exchange().expectStatus().isFound().expectHeader().location("/admin/login");
    }

    @Test
    void login_rightPassword_opensTheIndexWithAFreshSession() {
        var browser = AdminBrowserSession.login(client, superuser(), PASSWORD);

        var index = browser.page("/admin/");

        assertThat(index).contains("Site administration", "Onboarding users", "Personas", "Recent actions");
    }

    @Test
    void login_wrongPassword_goesBackToTheLoginPageWithTheReason() {
        var browser = AdminBrowserSession.anonymous(client);
        browser.page("/admin/login");

        browser.post("/admin/login", form("username", superuser(), "password", "wrong"))
                .expectStatus().isFound().expectHeader().location("/admin/login?error");

        assertThat(browser.page("/admin/login?error")).contains("Please enter the correct username and password");
    }

    @Test
    void login_withoutCsrfToken_isForbidden() {
        var browser = AdminBrowserSession.anonymous(client);
        browser.page("/admin/login");

        browser.postRaw("/admin/login", form("username", superuser(), "password", PASSWORD))
                .expectStatus().isForbidden()
                .expectBody(String.class).value(body -> assertThat(body).contains("CSRF verification failed"));
    }
}
