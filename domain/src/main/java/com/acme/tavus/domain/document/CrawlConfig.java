package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.InvalidValueException;

/**
 * How deep Tavus crawls a website document: links followed from the start page ({@code depth},
 * 1 to 10) and pages fetched at most ({@code max_pages}, 1 to 100). Either may be left out, and
 * Tavus applies its own default. Errors name the fields as they appear in a request
 * ({@code crawl.depth}), since that is where a client sends them.
 */
public record CrawlConfig(Integer depth, Integer maxPages) {

    public static final int MAX_DEPTH = 10;
    public static final int MAX_PAGES = 100;

    public CrawlConfig {
        requireBetween(depth, MAX_DEPTH, "crawl.depth");
        requireBetween(maxPages, MAX_PAGES, "crawl.max_pages");
    }

    private static void requireBetween(Integer value, int max, String field) {
        if (value != null && (value < 1 || value > max)) {
            throw new InvalidValueException(field, "must be between 1 and " + max);
        }
    }
}
