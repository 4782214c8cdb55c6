package com.acme.tavus.adapter.web.admin;

import static com.acme.tavus.adapter.web.admin.AdminBrowserSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.onboarding.OnboardingUserService;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff users see and do only what their per-model permissions allow. */
@WebLayerTest
class AdminPermissionsWebTest {

    @Autowired
    WebTestClient client;

    @Autowired
    AdminUserService admins;

    @Autowired
    OnboardingUserService users;

    AdminAccounts accounts() {
        return new AdminAccounts(admins, client);
    }

    @Test
    void index_listsOnlyTheModelsTheStaffUserMayUse() {
        var viewer = accounts().staff("personas.view", "onboarding-users.change");

        var index = viewer.page("/admin/");

        assertThat(index).contains("Personas", "Onboarding users").doesNotContain("Replicas", "Admin users",
                "Webhook events");
        assertThat(index).doesNotContain("/admin/personas/add/").contains("class=\"viewlink\"");
    }

    @Test
    void viewOnlyUser_seesReadOnlyPagesAndIsRefusedEveryChange() {
        var viewer = accounts().staff("onboarding-users.view");
        var ada = users.create(new Applicant(AdminAccounts.unique("ada") + "@example.com", "Ada", "L"), Actor.SYSTEM)
                .block();
        var change = "/admin/onboarding-users/" + ada.id() + "/change/";

        var list = viewer.page("/admin/onboarding-users/");
        var page = viewer.page(change);

        assertThat(list).doesNotContain("Add onboarding user", "delete_selected");
        assertThat(page).contains("View onboarding user").doesNotContain("name=\"first_name\"", "Save and continue");
        viewer.get("/admin/onboarding-users/add/").expectStatus().isForbidden();
        viewer.post(change, form("email", ada.email(), "first_name", "Hacked", "last_name", "L"))
                .expectStatus().isForbidden();
        viewer.get("/admin/onboarding-users/" + ada.id() + "/delete/").expectStatus().isForbidden();
        var bulk = form("action", "delete_selected", "post", "yes");
        bulk.add("_selected_action", ada.id().toString());
        viewer.post("/admin/onboarding-users/", bulk).expectStatus().isForbidden();
        assertThat(users.get(ada.id()).block().firstName()).isEqualTo("Ada");
    }

    @Test
    void userWithoutAnyPermission_isForbiddenTheModelAndItsHistory() {
        var nobody = accounts().staff();

        assertThat(nobody.page("/admin/")).contains("You don’t have permission to view or edit anything.");
        nobody.get("/admin/replicas/").expectStatus().isForbidden()
                .expectBody(String.class).value(body -> assertThat(body).contains("Permission denied (403)"));
        nobody.get("/admin/admin-users/").expectStatus().isForbidden();
    }

    @Test
    void unknownModel_isANotFoundPage() {
        accounts().superuser().get("/admin/no-such-model/").expectStatus().isNotFound()
                .expectBody(String.class).value(body -> assertThat(body).contains("Not found (404)"));
    }
}
