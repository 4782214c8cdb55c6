package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.adapter.web.admin.AdminViews.Column;
import com.acme.tavus.adapter.web.admin.AdminViews.FilterChoice;
import com.acme.tavus.adapter.web.admin.AdminViews.FilterView;
import com.acme.tavus.adapter.web.admin.AdminViews.ListRow;
import com.acme.tavus.adapter.web.admin.AdminViews.PageLink;
import com.acme.tavus.adapter.web.admin.ChangeListQuery.Ordering;
import com.acme.tavus.domain.shared.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.util.MultiValueMap;

/**
 * Reads a change list's query parameters ({@code q} search, {@code o} ordering, {@code p} page, one
 * per filter) into a {@link ChangeListQuery}, and builds the links that change one of them while
 * keeping the others. Unknown or unusable values are ignored, as Django's admin does, so an old
 * bookmark still opens.
 */
final class ChangeLists {

    static final String SEARCH = "q";
    static final String ORDER = "o";
    static final String PAGE = "p";
    /** The hidden input that carries a change list's query through an action's POST, as Django's does. */
    static final String PRESERVED = "_changelist_filters";
    /** Max pages listed around the current one, either side. */
    private static final int AROUND = 2;

    private ChangeLists() {}

    static <T> ChangeListQuery query(ModelAdmin<T> admin, MultiValueMap<String, String> parameters, Clock clock) {
        var search = admin.searchFields().isEmpty() ? null : parameters.getFirst(SEARCH);
        var filters = new LinkedHashMap<String, String>();
        for (var filter : admin.listFilters()) {
            var value = parameters.getFirst(filter.parameter());
            if (filter.accepts(value)) {
                filters.put(filter.parameter(), value);
            }
        }
        var ordering = ordering(admin, parameters.getFirst(ORDER));
        if (ordering.isEmpty() && admin.defaultOrdering() != null) {
            ordering = ordering(admin, admin.defaultOrdering());
        }
        return new ChangeListQuery(search == null || search.isBlank() ? null : search.strip(), filters, ordering,
                page(parameters.getFirst(PAGE)), admin.listPerPage(), clock);
    }

    private static <T> List<Ordering> ordering(ModelAdmin<T> admin, String parameter) {
        var ordering = new ArrayList<Ordering>();
        if (parameter == null || parameter.isBlank()) {
            return ordering;
        }
        var seen = new TreeSet<String>();
        for (var item : parameter.split(",")) {
            var descending = item.startsWith("-");
            var name = descending ? item.substring(1) : item;
            var sortable = admin.fields().stream().anyMatch(f -> f.name().equals(name) && f.isSortable());
            if (sortable && seen.add(name)) {
                ordering.add(new Ordering(name, descending));
            }
        }
        return ordering;
    }

    private static int page(String parameter) {
        try {
            var page = parameter == null ? 1 : Integer.parseInt(parameter);
            return Math.max(1, Math.min(page, 1_000_000));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The parameters that describe {@code query}, in a stable order, to derive links from. */
    static Map<String, String> parameters(ChangeListQuery query) {
        var parameters = new LinkedHashMap<String, String>();
        if (query.search() != null) {
            parameters.put(SEARCH, query.search());
        }
        parameters.putAll(query.filters());
        if (!query.ordering().isEmpty()) {
            parameters.put(ORDER, String.join(",", query.ordering().stream().map(Ordering::parameter).toList()));
        }
        if (query.page() > 1) {
            parameters.put(PAGE, Integer.toString(query.page()));
        }
        return parameters;
    }

    static <T> List<Column> columns(ModelAdmin<T> admin, ChangeListQuery query, String base) {
        var columns = new ArrayList<Column>();
        var primary = query.ordering().isEmpty() ? null : query.ordering().getFirst();
        for (var name : admin.listDisplay()) {
            var field = field(admin, name);
            String sortHref = null;
            String unsortHref = null;
            String sorted = null;
            if (field.isSortable()) {
                var parameters = parameters(query);
                parameters.remove(PAGE);
                var isPrimary = primary != null && primary.field().equals(name);
                sorted = isPrimary ? (primary.descending() ? "desc" : "asc") : null;
                parameters.put(ORDER, new Ordering(name, isPrimary && !primary.descending()).parameter());
                sortHref = base + AdminUrls.query(parameters);
                if (isPrimary) {
                    parameters.remove(ORDER);
                    unsortHref = base + AdminUrls.query(parameters);
                }
            }
            columns.add(new Column(name, field.label(), sortHref, sorted, unsortHref));
        }
        return columns;
    }

    static <T> List<ListRow> rows(ModelAdmin<T> admin, Page<T> page) {
        var fields = admin.listDisplay().stream().map(name -> field(admin, name)).toList();
        return page.data().stream().map(object -> {
            var id = admin.idOf(object);
            var cells = fields.stream().map(f -> f.display(object)).toList();
            return new ListRow(id, AdminUrls.change(admin.slug(), id), cells);
        }).toList();
    }

    static <T> List<FilterView> filters(ModelAdmin<T> admin, ChangeListQuery query, String base) {
        var views = new ArrayList<FilterView>();
        for (var filter : admin.listFilters()) {
            var current = query.filters().get(filter.parameter());
            if (filter.hidden()) {
                if (current != null) {
                    var parameters = parameters(query);
                    parameters.remove(PAGE);
                    parameters.remove(filter.parameter());
                    views.add(new FilterView(filter.title(), List.of(
                            new FilterChoice(current, null, true),
                            new FilterChoice("Clear this filter", base + AdminUrls.query(parameters), false))));
                }
                continue;
            }
            var choices = new ArrayList<FilterChoice>();
            var all = parameters(query);
            all.remove(PAGE);
            all.remove(filter.parameter());
            choices.add(new FilterChoice("All", base + AdminUrls.query(all), current == null));
            for (var choice : filter.choices()) {
                var parameters = parameters(query);
                parameters.remove(PAGE);
                parameters.put(filter.parameter(), choice.value());
                choices.add(new FilterChoice(choice.label(), base + AdminUrls.query(parameters),
                        choice.value().equals(current)));
            }
            views.add(new FilterView(filter.title(), choices));
        }
        return views;
    }

    /** Links to pages 1, 2, …, around the current one, …, the last two; empty with a single page. */
    static List<PageLink> pages(ChangeListQuery query, long total, String base) {
        var last = (int) Math.max(1, (total + query.perPage() - 1) / query.perPage());
        var links = new ArrayList<PageLink>();
        if (last == 1) {
            return links;
        }
        var gap = false;
        for (var page = 1; page <= last; page++) {
            var shown = page <= 2 || page > last - 2 || Math.abs(page - query.page()) <= AROUND;
            if (!shown) {
                if (!gap) {
                    links.add(new PageLink("…", null, false));
                    gap = true;
                }
                continue;
            }
            gap = false;
            var parameters = parameters(query);
            parameters.remove(PAGE);
            if (page > 1) {
                parameters.put(PAGE, Integer.toString(page));
            }
            links.add(page == query.page()
                    ? new PageLink(Integer.toString(page), null, true)
                    : new PageLink(Integer.toString(page), base + AdminUrls.query(parameters), false));
        }
        return links;
    }

    /** The parameters a search form must carry along as hidden inputs (filters and ordering). */
    static Map<String, String> keptBySearch(ChangeListQuery query) {
        var parameters = parameters(query);
        parameters.remove(SEARCH);
        parameters.remove(PAGE);
        return parameters;
    }

    /**
     * The query string to return to after an action ({@code ?q=...&p=2}), rebuilt from the parameters
     * it holds so that nothing but a query can come of it; empty for none.
     */
    static String preserved(String rawQuery) {
        if (rawQuery == null || rawQuery.isBlank()) {
            return "";
        }
        var parsed = org.springframework.web.util.UriComponentsBuilder.fromUriString("/?" + rawQuery).build()
                .getQueryParams();
        var parameters = new LinkedHashMap<String, String>();
        parsed.forEach((key, values) -> {
            if (!values.isEmpty() && values.getFirst() != null) {
                parameters.put(decode(key), decode(values.getFirst()));
            }
        });
        return AdminUrls.query(parameters);
    }

    private static String decode(String value) {
        return org.springframework.web.util.UriUtils.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static <T> AdminField<T> field(ModelAdmin<T> admin, String name) {
        return admin.fields().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no field " + name));
    }
}
