package com.acme.tavus.application.testing;

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
import com.acme.tavus.domain.document.DocumentStatus;
import com.acme.tavus.domain.document.DocumentUpdate;
import com.acme.tavus.domain.shared.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * The smallest believable document provider: numbered ids ({@code d1-000000000001}), {@code started}
 * on creation, {@link #finishProcessing} to make one {@code ready}, recrawl only from ready/error and
 * only for crawled documents, with Tavus's refusal texts. No clock, no cooldown: those are the
 * sandbox's business.
 */
public final class FakeDocumentProvider implements DocumentProvider {

    private final Map<DocumentId, Document> documents = new ConcurrentHashMap<>();
    private final List<DocumentId> order = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public Mono<Document> create(DocumentDraft draft) {
        return Mono.fromSupplier(() -> {
            calls.add("create");
            var id = DocumentId.of("d1-%012d".formatted(sequence.incrementAndGet()));
            var document = new Document(id, draft.documentName() != null ? draft.documentName() : "document-" + id,
                    draft.documentUrl(), DocumentStatus.STARTED, null, "2025-01-01T00:00:00Z",
                    "2025-01-01T00:00:00Z", draft.callbackUrl(), draft.tags() == null ? List.of() : draft.tags(),
                    draft.crawl(), null, null, draft.crawl() == null ? null : 0, draft.extraFields());
            documents.put(id, document);
            order.add(id);
            return document;
        });
    }

    @Override
    public Mono<Document> get(DocumentId id) {
        return Mono.fromSupplier(() -> {
            calls.add("get " + id);
            return find(id);
        });
    }

    @Override
    public Mono<DocumentPage> list(DocumentFilter filter) {
        return Mono.fromSupplier(() -> {
            calls.add("list");
            var all = new ArrayList<Document>();
            order.stream().map(documents::get).filter(Objects::nonNull).forEach(all::add);
            if (filter.sort() == DocumentSort.DESCENDING) {
                Collections.reverse(all);
            }
            var matching = all.stream()
                    .filter(d -> filter.status() == null || d.status().equals(filter.status()))
                    .filter(d -> filter.tags() == null || d.tags().stream().anyMatch(filter.tags()::contains))
                    .toList();
            var limit = filter.page().limitOrDefault();
            var page = filter.page().pageOrDefault();
            var items = matching.stream().skip((long) page * limit).limit(limit).toList();
            return new DocumentPage(new Page<>(items, matching.size()), page, limit);
        });
    }

    @Override
    public Mono<Document> update(DocumentId id, DocumentUpdate update) {
        return Mono.fromSupplier(() -> {
            calls.add("update " + id);
            var d = find(id);
            var changed = new Document(d.id(), update.documentName() != null ? update.documentName() : d.name(),
                    d.url(), d.status(), d.progress(), d.createdAt(), "2025-01-01T00:01:00Z", d.callbackUrl(),
                    update.tags() != null ? update.tags() : d.tags(), d.crawlConfig(), d.crawledUrls(),
                    d.lastCrawledAt(), d.crawlCount(), d.extraFields());
            documents.put(id, changed);
            return changed;
        });
    }

    @Override
    public Mono<Void> delete(DocumentId id) {
        return Mono.fromRunnable(() -> {
            calls.add("delete " + id);
            if (documents.remove(id) == null) {
                throw new NotFoundException("document", id.value());
            }
            order.remove(id);
        });
    }

    @Override
    public Mono<Document> recrawl(DocumentId id, CrawlConfig override) {
        return Mono.fromSupplier(() -> {
            calls.add("recrawl " + id);
            var d = find(id);
            if (d.crawlConfig() == null && override == null) {
                throw new ProviderException.Rejected("Document was not created with crawl configuration");
            }
            if (!d.status().allowsRecrawl()) {
                throw new ProviderException.Conflict(
                        "Document must be in 'ready' or 'error' state to recrawl, current status: " + d.status());
            }
            var recrawling = withStatus(d, DocumentStatus.RECRAWLING);
            documents.put(id, recrawling);
            return recrawling;
        });
    }

    /** Moves a document to {@code ready}, as Tavus does when processing ends. */
    public void finishProcessing(DocumentId id) {
        documents.computeIfPresent(id, (key, d) -> withStatus(d, DocumentStatus.READY));
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    private Document find(DocumentId id) {
        var document = documents.get(id);
        if (document == null) {
            throw new NotFoundException("document", id.value());
        }
        return document;
    }

    private static Document withStatus(Document d, DocumentStatus status) {
        return new Document(d.id(), d.name(), d.url(), status, d.progress(), d.createdAt(), d.updatedAt(),
                d.callbackUrl(), d.tags(), d.crawlConfig(), d.crawledUrls(), d.lastCrawledAt(), d.crawlCount(),
                d.extraFields());
    }
}
