package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.ExtraFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A knowledge-base document as Tavus describes it. Timestamps are kept as Tavus wrote them, as for
 * conversations, because Tavus mixes formats and clients expect its exact strings back.
 *
 * @param progress how far processing is, as Tavus wrote it: a string, a number (the recrawl answer
 *     uses an integer) or {@code null}
 * @param crawlConfig the saved crawl settings; {@code null} for a plain file or one-page snapshot
 * @param crawledUrls the pages a crawl fetched, once processed; {@code null} otherwise
 * @param crawlCount how many crawls have run; {@code null} for documents that are not crawled
 * @param extraFields everything else Tavus returned, passed on unchanged
 */
public record Document(
        DocumentId id,
        String name,
        String url,
        DocumentStatus status,
        Object progress,
        String createdAt,
        String updatedAt,
        String callbackUrl,
        List<String> tags,
        CrawlConfig crawlConfig,
        List<String> crawledUrls,
        String lastCrawledAt,
        Integer crawlCount,
        Map<String, Object> extraFields) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        tags = tags == null ? null : List.copyOf(tags);
        crawledUrls = crawledUrls == null ? null : List.copyOf(crawledUrls);
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
