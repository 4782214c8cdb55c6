package com.acme.tavus.adapter.web.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a change list asks its model admin for: the search text, the filters in force (only values
 * the filters offer), the ordering (only sortable fields), and the page, counted from 1.
 */
public record ChangeListQuery(
        String search, Map<String, String> filters, List<Ordering> ordering, int page, int perPage, Clock clock) {

    public record Ordering(String field, boolean descending) {
        /** As written in the {@code o} parameter: {@code -created_at} for descending. */
        public String parameter() {
            return (descending ? "-" : "") + field;
        }
    }

    public ChangeListQuery {
        filters = Map.copyOf(filters);
        ordering = List.copyOf(ordering);
    }

    /** The value of a filter in force. */
    public Optional<String> filter(String parameter) {
        return Optional.ofNullable(filters.get(parameter));
    }

    /** A date filter in force, as a time range. */
    public Optional<DateRange> dateRange(String parameter) {
        return filter(parameter).map(choice -> DateRange.of(choice, clock));
    }

    /** A yes/no filter in force. */
    public Optional<Boolean> bool(String parameter) {
        return filter(parameter).map("yes"::equals);
    }
}
