package com.acme.tavus.application.document.port.out;

import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPage;
import com.acme.tavus.domain.document.DocumentUpdate;
import reactor.core.publisher.Mono;

/**
 * The video provider's knowledge base: adds, reads, changes, deletes and recrawls documents.
 * Implemented by the Tavus HTTP client and by the in-process sandbox.
 *
 * <p>Failures are signalled as {@link com.acme.tavus.application.shared.ProviderException} or, for
 * an id the provider does not know, {@link com.acme.tavus.application.shared.NotFoundException}.
 * Recrawl has its own documented refusals: {@code Rejected} when the document was not created for
 * crawling, {@code Conflict} while it is not {@code ready} or {@code error}, and
 * {@code RateLimited} during the one-hour cooldown.
 */
public interface DocumentProvider {

    /** Starts processing a new document; the answer is the document with status {@code started}. */
    Mono<Document> create(DocumentDraft draft);

    Mono<Document> get(DocumentId id);

    Mono<DocumentPage> list(DocumentFilter filter);

    /** Merges the change into the document and answers with the result. */
    Mono<Document> update(DocumentId id, DocumentUpdate update);

    Mono<Void> delete(DocumentId id);

    /**
     * Crawls the document's site again; {@code override} (may be {@code null}) replaces the saved
     * crawl settings for this run only. Answers with the document in status {@code recrawling}.
     */
    Mono<Document> recrawl(DocumentId id, CrawlConfig override);
}
