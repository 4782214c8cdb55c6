package com.acme.tavus.adapter.web.admin;

import java.util.List;
import java.util.Objects;

/**
 * A filter of a change list (Django's {@code list_filter}): a query parameter, a title and the
 * values offered in the sidebar. Values not offered are ignored. A hidden filter is not in the
 * sidebar but still applies when a link sets it (e.g. "this user's conversations").
 */
public record ListFilter(String parameter, String title, Kind kind, List<Choice> choices, boolean hidden) {

    public enum Kind { CHOICE, BOOLEAN, DATE, HIDDEN }

    public ListFilter {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(title, "title");
        choices = List.copyOf(choices);
    }

    public static ListFilter choice(String parameter, String title, List<Choice> choices) {
        return new ListFilter(parameter, title, Kind.CHOICE, choices, false);
    }

    public static ListFilter bool(String parameter, String title) {
        return new ListFilter(parameter, title, Kind.BOOLEAN, List.of(new Choice("yes", "Yes"), new Choice("no", "No")),
                false);
    }

    /** Today, the past 7 days, this month, this year (UTC), as {@link DateRange}s. */
    public static ListFilter date(String parameter, String title) {
        return new ListFilter(parameter, title, Kind.DATE, DateRange.CHOICES, false);
    }

    /** Any value, from links only. */
    public static ListFilter hidden(String parameter, String title) {
        return new ListFilter(parameter, title, Kind.HIDDEN, List.of(), true);
    }

    /** True when {@code value} is one this filter offers (any non-blank value for a hidden one). */
    public boolean accepts(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return kind == Kind.HIDDEN || choices.stream().anyMatch(c -> c.value().equals(value));
    }
}
