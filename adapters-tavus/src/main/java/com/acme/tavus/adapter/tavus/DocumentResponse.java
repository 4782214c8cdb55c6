package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A document as Tavus sends it (create, get, list items, patch, recrawl). {@code progress} stays an
 * untyped JSON value because Tavus sends a string in most answers and an integer in the recrawl
 * answer. Unknown fields are collected and passed on.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record DocumentResponse(
        String documentId,
        String documentName,
        String documentUrl,
        String status,
        Object progress,
        String createdAt,
        String updatedAt,
        String callbackUrl,
        List<String> tags,
        CrawlBody crawlConfig,
        List<String> crawledUrls,
        String lastCrawledAt,
        Integer crawlCount,
        @JsonAnySetter Map<String, Object> extraFields) {

    DocumentResponse {
        extraFields = ExtraJson.orEmpty(extraFields);
    }

    /** A copy with {@code fallback} as status when Tavus left the status out. */
    DocumentResponse withStatusIfMissing(String fallback) {
        if (status != null && !status.isBlank()) {
            return this;
        }
        return new DocumentResponse(documentId, documentName, documentUrl, fallback, progress, createdAt, updatedAt,
                callbackUrl, tags, crawlConfig, crawledUrls, lastCrawledAt, crawlCount, extraFields);
    }
}
