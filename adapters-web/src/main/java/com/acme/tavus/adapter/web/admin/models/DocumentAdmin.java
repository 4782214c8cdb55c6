package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminAction;
import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.FormInput;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.ModelAdmin;
import com.acme.tavus.adapter.web.admin.Widget;
import com.acme.tavus.application.document.port.in.DocumentQueries;
import com.acme.tavus.application.document.port.in.ManageDocumentsUseCase;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPageRequest;
import com.acme.tavus.domain.document.DocumentSort;
import com.acme.tavus.domain.document.DocumentStatus;
import com.acme.tavus.domain.document.DocumentUpdate;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The knowledge base, live from Tavus (or the sandbox) through the document use cases: list with
 * Tavus's own search (name or id), status filter and date order, add (a file or a crawl), rename
 * and retag, delete, and recrawl as an action.
 */
@Component
class DocumentAdmin extends ModelAdmin<Document> {

    static final String SLUG = "documents";

    private final DocumentQueries documents;
    private final ManageDocumentsUseCase manage;
    private final List<AdminField<Document>> fields = List.of(
            AdminField.<Document>text("document_id", "Document ID", d -> d.id().value()),
            AdminField.<Document>text("document_name", "Name", Document::name).editable(Widget.TEXT),
            AdminField.<Document>text("status", "Status", d -> d.status().value()),
            AdminField.<Document>tags("tags", "Tags", Document::tags).editable(Widget.TEXT)
                    .help("Comma-separated. Saving an empty field clears them."),
            AdminField.<Document>text("created_at", "Created", Document::createdAt).sortable(),
            AdminField.<Document>link("document_url", "URL", Document::url, Document::url).editable(Widget.URL).required()
                    .help("An absolute http(s) URL of a file or web page."),
            AdminField.<Document>text("progress", "Progress", Document::progress),
            AdminField.<Document>text("updated_at", "Updated", Document::updatedAt),
            AdminField.<Document>json("crawl", "Crawl settings", d -> d.crawlConfig() == null ? null
                    : Map.of("depth", String.valueOf(d.crawlConfig().depth()),
                            "max_pages", String.valueOf(d.crawlConfig().maxPages()))),
            AdminField.<Document>tags("crawled_urls", "Crawled pages", Document::crawledUrls),
            AdminField.<Document>text("last_crawled_at", "Last crawled", Document::lastCrawledAt),
            AdminField.<Document>text("crawl_count", "Crawls", Document::crawlCount),
            AdminField.<Document>link("callback_url", "Callback URL", Document::callbackUrl, Document::callbackUrl)
                    .editable(Widget.URL),
            AdminField.<Document>text("crawl_depth", "Crawl depth", d -> null).editable(Widget.NUMBER)
                    .help("1 to 10 links deep from the start page; leave both crawl fields empty for a single page."),
            AdminField.<Document>text("crawl_max_pages", "Crawl max pages", d -> null).editable(Widget.NUMBER)
                    .help("1 to 100 pages."),
            AdminField.<Document>json("extra", "Other fields from Tavus", d -> d.extraFields().isEmpty() ? null : d.extraFields()));
    private final List<AdminAction<Document>> actions;

    DocumentAdmin(DocumentQueries documents, ManageDocumentsUseCase manage) {
        super("Tavus", SLUG, "document", "documents");
        this.documents = documents;
        this.manage = manage;
        this.actions = List.of(new AdminAction<>("recrawl", "Recrawl", AdminOperation.CHANGE,
                (document, by) -> manage.recrawl(document.id(), null).thenReturn("recrawl started")));
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<AdminField<Document>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("document_id", "document_name", "status", "tags", "created_at");
    }

    @Override
    public List<String> searchFields() {
        return List.of("document_name", "document_id");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(ListFilter.choice("status", "status", List.of(DocumentStatus.STARTED, DocumentStatus.PROCESSING,
                DocumentStatus.READY, DocumentStatus.ERROR, DocumentStatus.RECRAWLING).stream()
                .map(s -> Choice.of(s.value())).toList()));
    }

    @Override
    public String defaultOrdering() {
        return "-created_at";
    }

    @Override
    public Set<String> readonlyFields() {
        return Set.of("document_url", "callback_url", "crawl_depth", "crawl_max_pages");
    }

    @Override
    public List<String> addFields() {
        return List.of("document_url", "document_name", "tags", "callback_url", "crawl_depth", "crawl_max_pages");
    }

    @Override
    public List<Fieldset> fieldsets() {
        return List.of(
                new Fieldset(null, List.of("document_id", "document_name", "tags", "status", "progress", "document_url",
                        "callback_url", "created_at", "updated_at")),
                new Fieldset("Crawl", List.of("crawl", "crawl_count", "last_crawled_at", "crawled_urls")),
                new Fieldset("Other fields from Tavus", List.of("extra")));
    }

    @Override
    public List<AdminAction<Document>> actions() {
        return actions;
    }

    @Override
    public boolean supports(AdminOperation operation) {
        return true;
    }

    /** Tavus pages documents from 0, searches names and ids itself, and orders by creation time only. */
    @Override
    public Mono<Page<Document>> list(ChangeListQuery query) {
        return Mono.defer(() -> {
            var sort = query.ordering().isEmpty() ? null
                    : query.ordering().getFirst().descending() ? DocumentSort.DESCENDING : DocumentSort.ASCENDING;
            var page = new DocumentPageRequest(Math.min(query.perPage(), DocumentPageRequest.MAX_LIMIT), query.page() - 1);
            var status = query.filter("status").map(DocumentStatus::of).orElse(null);
            return documents.list(new DocumentFilter(page, sort, status, query.search(), null))
                    .map(listed -> listed.documents());
        });
    }

    @Override
    public Mono<Document> get(String id) {
        return Mono.defer(() -> documents.get(DocumentId.of(id)));
    }

    @Override
    public String idOf(Document document) {
        return document.id().value();
    }

    @Override
    public String describe(Document document) {
        return document.name() == null || document.name().isBlank() ? document.id().value()
                : document.name() + " (" + document.id().value() + ")";
    }

    @Override
    public Mono<Document> create(FormInput form, AdminUser by) {
        return Mono.defer(() -> {
            var url = form.required("document_url");
            var depth = form.integer("crawl_depth");
            var maxPages = form.integer("crawl_max_pages");
            form.throwIfErrors();
            var crawl = depth == null && maxPages == null ? null : new CrawlConfig(depth, maxPages);
            return manage.create(new DocumentDraft(url, form.text("document_name"), form.text("callback_url"),
                    form.commaSeparated("tags"), crawl, Map.of()));
        });
    }

    @Override
    public Mono<Document> update(Document current, FormInput form, AdminUser by) {
        return Mono.defer(() -> {
            var tags = form.commaSeparated("tags");
            return manage.update(current.id(), new DocumentUpdate(form.text("document_name"),
                    tags == null ? List.of() : tags, Map.of()));
        });
    }

    @Override
    public Mono<Void> delete(Document document, AdminUser by) {
        return manage.delete(document.id());
    }
}
