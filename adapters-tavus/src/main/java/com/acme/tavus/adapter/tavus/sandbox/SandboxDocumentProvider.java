package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.document.port.out.DocumentProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPage;
import com.acme.tavus.domain.document.DocumentSort;
import com.acme.tavus.domain.document.DocumentUpdate;
import com.acme.tavus.domain.shared.Page;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import reactor.core.publisher.Mono;

/**
 * {@link DocumentProvider} on the {@link SandboxTavus} simulator. It mirrors what callers can
 * observe of Tavus's knowledge base (TAVUS_API.md §4):
 * <ul>
 *   <li>ids are {@code d}, a digit, {@code -} and 12 lowercase hex digits ({@code d8-5c71baca86fc});
 *       a missing name is generated from the URL;
 *   <li>a document is {@code started} when created, {@code processing} after 5 s and {@code ready}
 *       after 20 s, by the sandbox clock, worked out on every read; URLs on the reserved
 *       {@code .invalid} domain end in {@code error} instead; a crawl fills {@code crawled_urls}
 *       once processed;
 *   <li>recrawl needs a crawl configuration (saved or sent now; else 400 "Document was not created
 *       with crawl configuration"), a {@code ready} or {@code error} document (else the 409 text),
 *       and an hour since the last recrawl (else a 429 cooldown with the remaining wait); it bumps
 *       {@code crawl_count} and {@code last_crawled_at}, and the run takes 20 s;
 *   <li>at most 100 crawl documents, as on Tavus;
 *   <li>lists filter on status, name or id fragment and tags (any of them), sort by creation
 *       (ascending by default) and count pages from 0.
 * </ul>
 */
public final class SandboxDocumentProvider implements DocumentProvider {

    private static final String RESOURCE = "document";
    private static final int ID_HEX_DIGITS = 12;
    static final int MAX_CRAWL_DOCUMENTS = 100;
    static final Duration RECRAWL_COOLDOWN = Duration.ofHours(1);
    static final String NOT_A_CRAWL = "Document was not created with crawl configuration";
    static final String CRAWL_LIMIT =
            "Crawl document limit reached (100). Contact support@tavus.io to increase your limit.";

    private final SandboxTavus tavus;

    public SandboxDocumentProvider(SandboxTavus tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Document> create(DocumentDraft draft) {
        return Mono.fromCallable(() -> {
            var documents = tavus.documents();
            if (draft.crawl() != null && crawlDocumentCount() >= MAX_CRAWL_DOCUMENTS) {
                throw new ProviderException.RateLimited(CRAWL_LIMIT, null);
            }
            var now = now();
            var at = SandboxDocument.format(now);
            var name = draft.documentName() != null ? draft.documentName() : nameFrom(draft.documentUrl());
            SandboxDocument document;
            do { // two concurrent creates may draw the same free id; the loser draws again
                var id = tavus.newId("d" + ThreadLocalRandom.current().nextInt(10) + "-", ID_HEX_DIGITS,
                        documents::contains);
                document = new SandboxDocument(id, name, draft.documentUrl(), draft.callbackUrl(),
                        draft.tags() == null ? List.of() : draft.tags(), draft.crawl(), at, at, now, false,
                        draft.crawl(), SandboxDocument.failsToProcess(draft.documentUrl()), null,
                        draft.crawl() == null ? null : at, draft.crawl() == null ? null : 1, null);
            } while (!documents.add(document.id(), document));
            return document.asSeenAt(now);
        });
    }

    @Override
    public Mono<Document> get(DocumentId id) {
        return Mono.fromCallable(() -> find(id).asSeenAt(now()));
    }

    @Override
    public Mono<DocumentPage> list(DocumentFilter filter) {
        return Mono.fromCallable(() -> {
            var now = now();
            var all = new ArrayList<>(tavus.documents().newestFirst());
            if (filter.sort() != DocumentSort.DESCENDING) {
                Collections.reverse(all);
            }
            var matching = all.stream()
                    .map(document -> document.asSeenAt(now))
                    .filter(document -> filter.status() == null || filter.status().equals(document.status()))
                    .filter(document -> matchesNameOrId(document, filter.nameOrUuid()))
                    .filter(document -> filter.tags() == null
                            || document.tags().stream().anyMatch(filter.tags()::contains))
                    .toList();
            var limit = filter.page().limitOrDefault();
            var page = filter.page().pageOrDefault();
            var items = matching.stream().skip((long) page * limit).limit(limit).toList();
            return new DocumentPage(new Page<>(items, matching.size()), page, limit);
        });
    }

    @Override
    public Mono<Document> update(DocumentId id, DocumentUpdate update) {
        return Mono.fromCallable(() -> {
            var now = now();
            return tavus.documents()
                    .update(id.value(), d -> d.renamedAndRetagged(update.documentName(), update.tags(),
                            SandboxDocument.format(now)))
                    .orElseThrow(() -> notFound(id))
                    .asSeenAt(now);
        });
    }

    @Override
    public Mono<Void> delete(DocumentId id) {
        return Mono.<Void>fromRunnable(() -> {
            if (!tavus.documents().remove(id.value())) {
                throw notFound(id);
            }
        });
    }

    @Override
    public Mono<Document> recrawl(DocumentId id, CrawlConfig override) {
        return Mono.fromCallable(() -> {
            var now = now();
            // The checks run inside the atomic update, so two concurrent recrawls cannot both start.
            return tavus.documents()
                    .update(id.value(), d -> startRecrawl(d, override, now))
                    .orElseThrow(() -> notFound(id))
                    .asSeenAt(now);
        });
    }

    private static SandboxDocument startRecrawl(SandboxDocument document, CrawlConfig override, Instant now) {
        var crawl = override != null ? override : document.crawlConfig();
        if (crawl == null) {
            throw new ProviderException.Rejected(NOT_A_CRAWL);
        }
        var status = document.statusAt(now);
        if (!status.allowsRecrawl()) {
            throw new ProviderException.Conflict(
                    "Document must be in 'ready' or 'error' state to recrawl, current status: " + status.value());
        }
        if (document.lastRecrawlAt() != null) {
            var wait = Duration.between(now, document.lastRecrawlAt().plus(RECRAWL_COOLDOWN));
            if (wait.isPositive()) {
                var minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
                throw new ProviderException.RateLimited("Recrawl cooldown: please wait " + minutes + " minute"
                        + (minutes == 1 ? "" : "s") + " before recrawling this document.", wait);
            }
        }
        return document.recrawling(crawl, now);
    }

    private long crawlDocumentCount() {
        return tavus.documents().newestFirst().stream().filter(d -> d.crawlConfig() != null).count();
    }

    private SandboxDocument find(DocumentId id) {
        return tavus.documents().find(id.value()).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(DocumentId id) {
        return new NotFoundException(RESOURCE, id.value());
    }

    private static boolean matchesNameOrId(Document document, String nameOrUuid) {
        if (nameOrUuid == null) {
            return true;
        }
        var wanted = nameOrUuid.toLowerCase(Locale.ROOT);
        return document.id().value().toLowerCase(Locale.ROOT).contains(wanted)
                || (document.name() != null && document.name().toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** Tavus names an unnamed document after its source: the file name, or the site's host. */
    static String nameFrom(String url) {
        try {
            var uri = URI.create(url);
            var path = uri.getPath() == null ? "" : uri.getPath();
            var lastSegment = path.substring(path.lastIndexOf('/') + 1);
            if (!lastSegment.isBlank()) {
                return lastSegment;
            }
            return uri.getHost() != null ? uri.getHost() : url;
        } catch (IllegalArgumentException unparsable) {
            return url;
        }
    }

    private Instant now() {
        return Instant.parse(tavus.now());
    }
}
