package com.acme.tavus.adapter.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminPermission;
import com.acme.tavus.domain.shared.Page;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

/** The registry checks descriptions at start-up; the change list reads its parameters defensively. */
class AdminSiteTest {

    record Thing(String id, String name) {}

    /** A minimal model admin whose description each test bends. */
    static class Things extends ModelAdmin<Thing> {
        final Supplier<List<String>> listDisplay;
        final String ordering;

        Things(String slug, Supplier<List<String>> listDisplay, String ordering) {
            super("Area", slug, "thing", "things");
            this.listDisplay = listDisplay;
            this.ordering = ordering;
        }

        @Override
        public List<AdminField<Thing>> fields() {
            return List.of(AdminField.<Thing>text("id", "ID", Thing::id),
                    AdminField.<Thing>text("name", "Name", Thing::name).sortable().editable(Widget.TEXT));
        }

        @Override
        public List<String> listDisplay() {
            return listDisplay.get();
        }

        @Override
        public String defaultOrdering() {
            return ordering;
        }

        @Override
        public List<ListFilter> listFilters() {
            return List.of(ListFilter.bool("done", "done"));
        }

        @Override
        public boolean supports(AdminOperation operation) {
            return operation != AdminOperation.DELETE;
        }

        @Override
        public Mono<Page<Thing>> list(ChangeListQuery query) {
            return Mono.just(new Page<>(List.of(), 0));
        }

        @Override
        public Mono<Thing> get(String id) {
            return Mono.empty();
        }

        @Override
        public String idOf(Thing thing) {
            return thing.id();
        }

        @Override
        public String describe(Thing thing) {
            return thing.name();
        }
    }

    @Test
    void new_misspeltFieldOrUnsortableOrderingOrDuplicateSlug_failsTheStart() {
        assertThatThrownBy(() -> new AdminSite(List.of(new Things("things", () -> List.of("nmae"), null)), Clock.systemUTC()))
                .hasMessage("model admin 'things' listDisplay names unknown field 'nmae'");
        assertThatThrownBy(() -> new AdminSite(List.of(new Things("things", () -> List.of("id"), "-id")), Clock.systemUTC()))
                .hasMessageContaining("orders by 'id', which is not a sortable field");
        assertThatThrownBy(() -> new AdminSite(List.of(new Things("things", () -> List.of("id"), null),
                new Things("things", () -> List.of("id"), null)), Clock.systemUTC()))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> new AdminSite(List.of(new Things("Bad Slug", () -> List.of("id"), null)), Clock.systemUTC()))
                .hasMessageContaining("malformed");
    }

    @Test
    void permissions_areEachModelsSupportedOperations() {
        var site = new AdminSite(List.of(new Things("things", () -> List.of("id"), "-name")), Clock.systemUTC());

        assertThat(site.permissions()).extracting(AdminPermission::code)
                .containsExactly("things.view", "things.add", "things.change");
        assertThat(site.byArea()).containsOnlyKeys("Area");
    }

    @Test
    void query_keepsOnlyWhatTheModelOffersAndFallsBackToItsOrdering() {
        var admin = new Things("things", () -> List.of("id", "name"), "-name");
        var parameters = new LinkedMultiValueMap<String, String>();
        parameters.add("o", "id,-name,name");
        parameters.add("done", "maybe");
        parameters.add("p", "-4");

        var query = ChangeLists.query(admin, parameters, Clock.systemUTC());

        assertThat(query.ordering()).containsExactly(new ChangeListQuery.Ordering("name", true));
        assertThat(query.filters()).isEmpty();
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.search()).as("no search fields, no search").isNull();
    }

    @Test
    void pages_listTheEndsAndTheNeighboursWithGaps() {
        var query = new ChangeListQuery(null, Map.of(), List.of(), 10, 25, Clock.systemUTC());

        var labels = ChangeLists.pages(query, 25 * 20, "/admin/things/").stream().map(AdminViews.PageLink::label).toList();

        assertThat(labels).containsExactly("1", "2", "…", "8", "9", "10", "11", "12", "…", "19", "20");
        assertThat(ChangeLists.pages(query, 3, "/admin/things/")).isEmpty();
    }

    @Test
    void preserved_rebuildsOnlyAQueryString() {
        assertThat(ChangeLists.preserved("q=a%20b&o=-name")).isEqualTo("?q=a%20b&o=-name");
        assertThat(AdminUrls.changeList("things") + ChangeLists.preserved("//evil.example/x?q=1"))
                .as("whatever was sent, it stays a query of the change list").startsWith("/admin/things/?");
        assertThat(ChangeLists.preserved(null)).isEmpty();
    }

    @Test
    void display_linksOnlyAdminPathsAndHttpUrls() {
        assertThat(Display.link("x", "javascript:alert(1)")).isInstanceOf(Display.Text.class);
        assertThat(Display.link("x", "//evil.example/")).isInstanceOf(Display.Text.class);
        assertThat(Display.link("x", "https://tavus.daily.co/c1")).isEqualTo(new Display.Link("x", "https://tavus.daily.co/c1", true));
        assertThat(Display.link("x", "/admin/personas/p1/change/")).isInstanceOf(Display.Link.class);
    }
}
