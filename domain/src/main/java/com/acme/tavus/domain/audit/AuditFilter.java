package com.acme.tavus.domain.audit;

import com.acme.tavus.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Which audit entries to list, newest first, one page at a time (pages count from 1;
 * {@value #DEFAULT_LIMIT} entries when no limit is given). Every criterion is optional ({@code null}:
 * any) and they all must hold.
 *
 * @param actor exactly this actor's entries
 * @param method exactly this HTTP method ({@code POST}; compared in upper case)
 * @param statusClass the status's first digit: 2 for 2xx, ..., 5 for 5xx
 * @param from entries at or after this instant
 * @param until entries before this instant
 * @param search entries whose resource id, request id or actor is exactly this text
 */
public record AuditFilter(
        String actor, String method, Integer statusClass, Instant from, Instant until, String search, PageRequest page) {

    public static final int DEFAULT_LIMIT = 50;

    public AuditFilter {
        actor = blankToNull(actor);
        method = blankToNull(method) == null ? null : method.strip().toUpperCase(Locale.ROOT);
        if (statusClass != null && (statusClass < 1 || statusClass > 9)) {
            throw new IllegalArgumentException("statusClass must be a status's first digit, not " + statusClass);
        }
        search = blankToNull(search);
        page = Objects.requireNonNullElseGet(page, PageRequest::defaults);
    }

    /** Only {@code actor}'s entries (every entry when it is {@code null}). */
    public AuditFilter(String actor, PageRequest page) {
        this(actor, null, null, null, null, null, page);
    }

    public static AuditFilter newestFirst(PageRequest page) {
        return new AuditFilter(null, page);
    }

    public int limit() {
        return page.limitOr(DEFAULT_LIMIT);
    }

    /** How many entries come before the requested page. */
    public long offset() {
        return (long) (page.pageOr(1) - 1) * limit();
    }

    /** True when {@code entry} meets every criterion (the page aside): the rule every store follows. */
    public boolean matches(AuditEntry entry) {
        return (actor == null || actor.equals(entry.actor()))
                && (method == null || method.equals(entry.method()))
                && (statusClass == null || entry.status() / 100 == statusClass)
                && (from == null || !entry.at().isBefore(from))
                && (until == null || entry.at().isBefore(until))
                && (search == null || search.equals(entry.resourceId()) || search.equals(entry.requestId())
                        || search.equals(entry.actor()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
