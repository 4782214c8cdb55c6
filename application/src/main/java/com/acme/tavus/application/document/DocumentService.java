package com.acme.tavus.application.document;

import com.acme.tavus.application.document.port.in.DocumentQueries;
import com.acme.tavus.application.document.port.in.ManageDocumentsUseCase;
import com.acme.tavus.application.document.port.out.DocumentProvider;
import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPage;
import com.acme.tavus.domain.document.DocumentUpdate;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Documents live only on the provider: the platform keeps no record of them, so every operation
 * goes straight to it. The domain types have already checked the input; what is left to decide
 * (does the id exist, may it be recrawled now) only the provider knows.
 */
public final class DocumentService implements ManageDocumentsUseCase, DocumentQueries {

    private final DocumentProvider provider;

    public DocumentService(DocumentProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    @Override
    public Mono<Document> create(DocumentDraft draft) {
        return provider.create(Objects.requireNonNull(draft, "draft"));
    }

    @Override
    public Mono<Document> update(DocumentId id, DocumentUpdate update) {
        return provider.update(Objects.requireNonNull(id, "id"), Objects.requireNonNull(update, "update"));
    }

    @Override
    public Mono<Void> delete(DocumentId id) {
        return provider.delete(Objects.requireNonNull(id, "id"));
    }

    @Override
    public Mono<Document> recrawl(DocumentId id, CrawlConfig override) {
        return provider.recrawl(Objects.requireNonNull(id, "id"), override);
    }

    @Override
    public Mono<Document> get(DocumentId id) {
        return provider.get(Objects.requireNonNull(id, "id"));
    }

    @Override
    public Mono<DocumentPage> list(DocumentFilter filter) {
        return provider.list(Objects.requireNonNull(filter, "filter"));
    }
}
