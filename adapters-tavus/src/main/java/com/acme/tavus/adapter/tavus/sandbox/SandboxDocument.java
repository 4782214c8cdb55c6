package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A knowledge-base document in the sandbox account. Processing is not simulated by a background
 * job: what is stored is when the current run (the first processing, or a recrawl) started, and the
 * status is worked out from the clock whenever the document is read ({@link #asSeenAt}). So a demo
 * sees it move {@code started → processing → ready} on its own, and a test moves it by advancing
 * its clock.
 *
 * @param runStartedAt when the current processing run started
 * @param recrawlRun whether the current run is a recrawl (shown as {@code recrawling}) or the first processing
 * @param runCrawl the crawl settings of the current run; {@code null} for a file or one-page snapshot
 * @param failing whether runs of this document end in {@code error} (see {@link #failsToProcess})
 * @param previousCrawledUrls what the last finished crawl fetched, shown while a recrawl runs
 * @param lastRecrawlAt when a recrawl was last requested; the cooldown counts from here
 */
record SandboxDocument(
        String id,
        String name,
        String url,
        String callbackUrl,
        List<String> tags,
        CrawlConfig crawlConfig,
        String createdAt,
        String updatedAt,
        Instant runStartedAt,
        boolean recrawlRun,
        CrawlConfig runCrawl,
        boolean failing,
        List<String> previousCrawledUrls,
        String lastCrawledAt,
        Integer crawlCount,
        Instant lastRecrawlAt) {

    /** How long a new document shows {@code started} before {@code processing}. */
    static final Duration STARTED_FOR = Duration.ofSeconds(5);
    /** How long a run takes in all: a new document is {@code ready} (or {@code error}) after this. */
    static final Duration RUN_TAKES = Duration.ofSeconds(20);
    /** Crawl settings the sandbox assumes for a field the client left to Tavus's default. */
    static final int DEFAULT_DEPTH = 1;
    static final int DEFAULT_MAX_PAGES = 10;

    SandboxDocument {
        tags = List.copyOf(tags);
        previousCrawledUrls = previousCrawledUrls == null ? null : List.copyOf(previousCrawledUrls);
    }

    /**
     * URLs on the reserved {@code .invalid} top-level domain (RFC 2606) cannot be fetched, so the
     * sandbox processes them into {@code error}: a predictable way to see the error path. So does a
     * URL the JDK cannot parse.
     */
    static boolean failsToProcess(String url) {
        try {
            var host = URI.create(url).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).endsWith(".invalid");
        } catch (IllegalArgumentException unparsable) {
            return true; // Tavus could not fetch it either
        }
    }

    DocumentStatus statusAt(Instant now) {
        var elapsed = Duration.between(runStartedAt, now);
        if (elapsed.compareTo(RUN_TAKES) >= 0) {
            return failing ? DocumentStatus.ERROR : DocumentStatus.READY;
        }
        if (recrawlRun) {
            return DocumentStatus.RECRAWLING;
        }
        return elapsed.compareTo(STARTED_FOR) >= 0 ? DocumentStatus.PROCESSING : DocumentStatus.STARTED;
    }

    /** The document as Tavus would describe it at {@code now}. */
    Document asSeenAt(Instant now) {
        var status = statusAt(now);
        var finished = status.equals(DocumentStatus.READY) || status.equals(DocumentStatus.ERROR);
        List<String> crawled = finished && runCrawl != null && !failing ? crawledUrls() : previousCrawledUrls;
        return new Document(DocumentId.of(id), name, url, status, null, createdAt, lastChangeAt(now), callbackUrl,
                tags, crawlConfig, crawled, lastCrawledAt, crawlCount, Map.of());
    }

    /** {@code updated_at} moves when the status moves on by itself, not only when a client changes something. */
    private String lastChangeAt(Instant now) {
        var statusChangedAt = runStartedAt;
        for (var step : recrawlRun ? List.of(RUN_TAKES) : List.of(STARTED_FOR, RUN_TAKES)) {
            var at = runStartedAt.plus(step);
            if (!at.isAfter(now)) {
                statusChangedAt = at;
            }
        }
        var written = Instant.parse(updatedAt);
        return statusChangedAt.isAfter(written) ? format(statusChangedAt) : updatedAt;
    }

    /** The pages a crawl "fetched": the start page, then one page per link, up to the page cap. */
    private List<String> crawledUrls() {
        var depth = runCrawl.depth() != null ? runCrawl.depth() : DEFAULT_DEPTH;
        var maxPages = runCrawl.maxPages() != null ? runCrawl.maxPages() : DEFAULT_MAX_PAGES;
        var pages = Math.min(maxPages, 1 + 2 * depth);
        var base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        var urls = new ArrayList<String>();
        urls.add(url);
        for (var i = 1; i < pages; i++) {
            urls.add(base + "/page-" + i);
        }
        return urls;
    }

    SandboxDocument renamedAndRetagged(String newName, List<String> newTags, String at) {
        return new SandboxDocument(id, newName != null ? newName : name, url, callbackUrl,
                newTags != null ? newTags : tags, crawlConfig, createdAt, at, runStartedAt, recrawlRun, runCrawl,
                failing, previousCrawledUrls, lastCrawledAt, crawlCount, lastRecrawlAt);
    }

    /** A new run with {@code crawl}; the saved settings are kept, or set if the document had none. */
    SandboxDocument recrawling(CrawlConfig crawl, Instant now) {
        var at = format(now);
        var count = crawlCount == null ? 1 : crawlCount + 1;
        return new SandboxDocument(id, name, url, callbackUrl, tags, crawlConfig != null ? crawlConfig : crawl,
                createdAt, at, now, true, crawl, failing, asSeenAt(now).crawledUrls(), at, count, now);
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
