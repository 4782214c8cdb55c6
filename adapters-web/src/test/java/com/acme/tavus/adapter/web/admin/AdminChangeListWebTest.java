package com.acme.tavus.adapter.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.onboarding.OnboardingUserService;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.shared.Actor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The generic change list, on onboarding users: search, filters, sorting, paging, escaping. */
@WebLayerTest
class AdminChangeListWebTest {

    static final Pattern ROW_EMAIL = Pattern.compile("<th scope=\"row\">\\s*<a href=\"[^\"]+\">([^<]+)</a>");

    @Autowired
    WebTestClient client;

    @Autowired
    AdminUserService admins;

    @Autowired
    OnboardingUserService users;

    @Autowired
    MutableClock clock;

    AdminBrowserSession browser;
    String tag;

    @BeforeEach
    void signIn() {
        browser = new AdminAccounts(admins, client).superuser();
        tag = AdminAccounts.unique("t").replace("-", "");
    }

    void user(String first, String last) {
        users.create(new Applicant(first.toLowerCase() + "." + tag + "@example.com", first, last), Actor.SYSTEM).block();
    }

    static List<String> emails(String html) {
        var emails = new ArrayList<String>();
        var row = ROW_EMAIL.matcher(html);
        while (row.find()) {
            emails.add(row.group(1));
        }
        return emails;
    }

    @Test
    void search_everyTermMustMatchSomeSearchField() {
        user("Ada", "Lovelace");
        user("Grace", "Hopper");
        user("Alan", "Turing");

        var page = browser.page("/admin/onboarding-users/?q=" + tag + "+a");

        assertThat(emails(page)).containsExactlyInAnyOrder("ada." + tag + "@example.com", "grace." + tag + "@example.com",
                "alan." + tag + "@example.com");
        assertThat(emails(browser.page("/admin/onboarding-users/?q=" + tag + "+hopper")))
                .containsExactly("grace." + tag + "@example.com");
        assertThat(browser.page("/admin/onboarding-users/?q=" + tag + "+hopper")).contains("1 result", "clear search");
    }

    @Test
    void sort_byAColumnAndBack() {
        user("Bea", "B");
        user("Abe", "A");
        user("Cid", "C");

        var ascending = browser.page("/admin/onboarding-users/?q=" + tag + "&o=first_name");
        var descending = browser.page("/admin/onboarding-users/?q=" + tag + "&o=-first_name");

        assertThat(emails(ascending)).containsExactly("abe." + tag + "@example.com", "bea." + tag + "@example.com",
                "cid." + tag + "@example.com");
        assertThat(emails(descending)).containsExactly("cid." + tag + "@example.com", "bea." + tag + "@example.com",
                "abe." + tag + "@example.com");
        assertThat(ascending).as("the header link flips the order, keeping the search")
                .contains("href=\"/admin/onboarding-users/?q=" + tag + "&amp;o=-first_name\"");
        assertThat(emails(browser.page("/admin/onboarding-users/?q=" + tag + "&o=password_hash,nonsense")))
                .as("unknown or unsortable fields are ignored").hasSize(3);
    }

    @Test
    void paging_showsTheCountAndLinksEveryPageKeepingTheQuery() {
        for (var i = 0; i < 27; i++) {
            user("P" + (char) ('a' + i % 26) + i, "Pager");
        }

        var first = browser.page("/admin/onboarding-users/?q=" + tag + "&o=first_name");
        var second = browser.page("/admin/onboarding-users/?q=" + tag + "&o=first_name&p=2");

        assertThat(emails(first)).hasSize(25);
        assertThat(emails(second)).hasSize(2).doesNotContainAnyElementsOf(emails(first));
        assertThat(first).contains("27 onboarding users")
                .contains("href=\"/admin/onboarding-users/?q=" + tag + "&amp;o=first_name&amp;p=2\"");
        assertThat(emails(browser.page("/admin/onboarding-users/?q=" + tag + "&p=abc"))).hasSize(25);
    }

    @Test
    void dateFilter_limitsToTheChosenRangeAndMarksTheChoice() {
        user("Old", "Timer");
        clock.advance(Duration.ofDays(40));
        String today;
        try {
            user("New", "Comer");
            today = browser.page("/admin/onboarding-users/?q=" + tag + "&created=today");
        } finally {
            clock.advance(Duration.ofDays(-40)); // the clock is shared by every web test
        }

        assertThat(emails(today)).containsExactly("new." + tag + "@example.com");
        assertThat(today).containsPattern("<li class=\"selected\">\\s*<a href=\"[^\"]*created=today[^\"]*\">Today");
        assertThat(emails(browser.page("/admin/onboarding-users/?q=" + tag + "&created=last_century")))
                .as("a value the filter does not offer is ignored").hasSize(2);
    }

    @Test
    void values_areHtmlEscapedEverywhere() {
        users.create(new Applicant("x." + tag + "@example.com", "<script>alert(1)</script>", "\"><img src=x>"),
                Actor.SYSTEM).block();

        var list = browser.page("/admin/onboarding-users/?q=" + tag);
        var search = browser.page("/admin/onboarding-users/?q=%3Cscript%3E" + tag);

        assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x>");
        assertThat(search).doesNotContain("<script>" + tag).contains("value=\"&lt;script&gt;" + tag + "\"");
    }
}
