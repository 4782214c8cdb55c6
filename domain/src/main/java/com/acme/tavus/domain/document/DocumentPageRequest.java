package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.InvalidValueException;

/**
 * Which page of a document listing to fetch. Unlike conversations, replicas and personas (see
 * {@link com.acme.tavus.domain.shared.PageRequest}), Tavus counts document pages from
 * <strong>0</strong>; a separate type keeps the two conventions from being mixed up. A {@code null}
 * field means "Tavus's default" (10 per page, page 0).
 */
public record DocumentPageRequest(Integer limit, Integer page) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 10;
    public static final int FIRST_PAGE = 0;

    public DocumentPageRequest {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (page != null && page < FIRST_PAGE) {
            throw new InvalidValueException("page", "must be 0 or more (document pages count from 0)");
        }
    }

    public static DocumentPageRequest defaults() {
        return new DocumentPageRequest(null, null);
    }

    public int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public int pageOrDefault() {
        return page == null ? FIRST_PAGE : page;
    }
}
