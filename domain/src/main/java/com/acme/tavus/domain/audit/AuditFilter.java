package com.acme.tavus.domain.audit;

import com.acme.tavus.domain.shared.PageRequest;
import java.util.Objects;

/**
 * Which audit entries to list, newest first: optionally only one actor's, one page at a time
 * (pages count from 1; {@value #DEFAULT_LIMIT} entries when no limit is given).
 */
public record AuditFilter(String actor, PageRequest page) {

    public static final int DEFAULT_LIMIT = 50;

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        page = Objects.requireNonNullElseGet(page, PageRequest::defaults);
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
}
