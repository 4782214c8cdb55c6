package com.acme.tavus.adapter.web.admin;

import static com.acme.tavus.adapter.web.admin.AdminBrowserSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.adapter.web.WebLayerTestApplication;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase.AdminUserChange;
import com.acme.tavus.application.onboarding.OnboardingUserService;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.shared.Actor;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The admin chain's protections, and the API chain left as it was. */
@WebLayerTest
class AdminSecurityWebTest {

    @Autowired
    WebTestClient client;

    @Autowired
    AdminUserService admins;

    @Autowired
    OnboardingUserService users;

    @Test
    void pages_mayNotBeFramedOrCachedAndAllowOnlyTheirOwnScripts() {
        var browser = new AdminAccounts(admins, client).superuser();

        browser.get("/admin/").expectStatus().isOk()
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'", "script-src 'self'", "default-src 'self'"))
                .expectHeader().value("Cache-Control", cache -> assertThat(cache).contains("no-store"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        client.get().uri("/admin/login").exchange().expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void sessionCookie_isHttpOnlyAndSameSite() {
        client.get().uri("/admin/login").exchange().expectStatus().isOk()
                .expectCookie().httpOnly("SESSION", true)
                .expectCookie().sameSite("SESSION", "Lax");
    }

    @Test
    void changeWithoutOrWithAForgedCsrfToken_isRefusedAndChangesNothing() {
        var browser = new AdminAccounts(admins, client).superuser();
        var ada = users.create(new Applicant(AdminAccounts.unique("ada") + "@example.com", "Ada", "L"), Actor.SYSTEM)
                .block();
        var change = "/admin/onboarding-users/" + ada.id() + "/change/";
        browser.page(change);

        browser.postRaw(change, form("email", ada.email(), "first_name", "Forged", "last_name", "L"))
                .expectStatus().isForbidden()
                .expectBody(String.class).value(body -> assertThat(body).contains("CSRF verification failed"));
        browser.postRaw(change, form("email", ada.email(), "first_name", "Forged", "last_name", "L", "_csrf", "x"))
                .expectStatus().isForbidden();

        assertThat(users.get(ada.id()).block().firstName()).isEqualTo("Ada");
    }

    @Test
    void logout_isAPostThatEndsTheSession() {
        var browser = new AdminAccounts(admins, client).superuser();
        browser.get("/admin/logout").expectStatus().isNotFound();
        browser.get("/admin/").expectStatus().isOk();

        browser.post("/admin/logout", form()).expectStatus().isFound()
                .expectHeader().location("/admin/login?logout");

        browser.get("/admin/").expectStatus().isFound().expectHeader().location("/admin/login");
    }

    @Test
    void deactivatedAdmin_isSignedOutAtTheNextRequest() {
        var accounts = new AdminAccounts(admins, client);
        var root = admins.createSuperuser(AdminAccounts.unique("root"), null, AdminAccounts.PASSWORD).block();
        var staff = accounts.staff("personas.view");
        var account = admins.list(com.acme.tavus.application.shared.RecordQuery.firstPage(500)).block().data().stream()
                .filter(u -> staff.page("/admin/").contains(u.username())).findFirst().orElseThrow();

        admins.change(account.id(), new AdminUserChange(account.username(), null, false, true, false, Set.of()), root)
                .block();

        staff.get("/admin/").expectStatus().isSeeOther().expectHeader().location("/admin/login");
    }

    @Test
    void apiChain_isUnchanged_noTokenIs401JsonAndAnAdminSessionIsNoToken() {
        var browser = new AdminAccounts(admins, client).superuser();

        client.get().uri("/tavus-api-calls/conversations/list/").cookie("SESSION", browser.session())
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        client.get().uri("/admin/").header("X-API-TOKEN", WebLayerTestApplication.TOKEN)
                .exchange().expectStatus().isFound().expectHeader().location("/admin/login");
    }

    @Test
    void staticAssets_arePublicAndCacheable() {
        client.get().uri("/admin/static/admin.css").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/css")
                .expectHeader().value("Cache-Control", cache -> assertThat(cache).contains("max-age=3600"));
        client.get().uri("/admin/static/nothing.js").exchange().expectStatus().isNotFound();
    }
}
