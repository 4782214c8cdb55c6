package com.acme.tavus.application.document.port.in;

import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPage;
import reactor.core.publisher.Mono;

/** Reads knowledge-base documents as Tavus reports them. */
public interface DocumentQueries {

    /** One document; fails with {@code NotFoundException} for an unknown id. */
    Mono<Document> get(DocumentId id);

    /** One 0-based page of documents matching the filter. */
    Mono<DocumentPage> list(DocumentFilter filter);
}
