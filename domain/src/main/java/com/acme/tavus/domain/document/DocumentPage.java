package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.Page;
import java.util.Objects;

/**
 * One page of a document listing. Unlike other listings, Tavus echoes the (0-based) page number and
 * the page size next to the items and the total, so clients can page without remembering what they
 * asked for.
 */
public record DocumentPage(Page<Document> documents, int page, int limit) {

    public DocumentPage {
        Objects.requireNonNull(documents, "documents");
    }
}
