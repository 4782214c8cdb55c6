package com.acme.tavus.domain.shared;

/**
 * Which page of a listing to fetch. Conversations, replicas and personas count pages from 1, as
 * Tavus does; a {@code null} field means "the provider's default".
 */
public record PageRequest(Integer limit, Integer page) {

    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (page != null && page < 1) {
            throw new InvalidValueException("page", "must be 1 or more");
        }
    }

    public static PageRequest defaults() {
        return new PageRequest(null, null);
    }

    public int limitOr(int fallback) {
        return limit == null ? fallback : limit;
    }

    public int pageOr(int fallback) {
        return page == null ? fallback : page;
    }
}
