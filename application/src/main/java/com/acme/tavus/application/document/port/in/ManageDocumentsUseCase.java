package com.acme.tavus.application.document.port.in;

import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentUpdate;
import reactor.core.publisher.Mono;

/**
 * Use case: keep the knowledge base that personas and conversations search. One interface for the
 * four changes because they share one provider and no rules beyond the domain's guards; a change
 * with rules of its own would get its own use case.
 */
public interface ManageDocumentsUseCase {

    /** Adds a document; Tavus processes it in the background (status {@code started}). */
    Mono<Document> create(DocumentDraft draft);

    /** Renames a document and/or replaces its tags; fails with {@code NotFoundException} for an unknown id. */
    Mono<Document> update(DocumentId id, DocumentUpdate update);

    Mono<Void> delete(DocumentId id);

    /**
     * Crawls a website document again, optionally with other settings for this run. Refused while
     * the document is still processing ({@code Conflict}), within an hour of the last recrawl
     * ({@code RateLimited}), or for a document that was not created as a crawl ({@code Rejected}).
     */
    Mono<Document> recrawl(DocumentId id, CrawlConfig override);
}
