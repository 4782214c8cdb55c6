package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.document.port.out.DocumentProvider;
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
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;

/**
 * {@link DocumentProvider} on the real Tavus API ({@code /v2/documents}).
 *
 * <p>Error translation is {@link TavusErrors}'s, with one addition: Tavus announces the recrawl
 * cooldown only in words ({@code "please wait 45 minutes"}), never in a {@code Retry-After} header,
 * so the wait is read from the text to give clients a {@code Retry-After} they can act on. Create,
 * update and recrawl are sent again only when the connection could not be opened: creating a crawl
 * counts against Tavus's limit of 100 crawl documents.
 */
public final class TavusHttpDocumentProvider implements DocumentProvider {

    private static final String RESOURCE = "document";
    private static final TavusTarget DOCUMENTS = TavusTarget.collection(RESOURCE);
    /** "please wait 45 minutes", "wait 1 minute", "wait 30 seconds". */
    private static final Pattern WAIT = Pattern.compile("(?i)\\bwait\\s+(\\d{1,6})\\s+(minute|second|hour)s?\\b");

    private final TavusCalls calls;
    private final DocumentMapper mapper = DocumentMapper.INSTANCE;

    public TavusHttpDocumentProvider(TavusCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Mono<Document> create(DocumentDraft draft) {
        return calls.fetch(TavusOperation.DOCUMENT_CREATE, DOCUMENTS,
                tavus -> tavus.post().uri("/documents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(draft)),
                DocumentResponse.class,
                response -> mapper.toDomain(response.withStatusIfMissing(DocumentStatus.STARTED.value())));
    }

    @Override
    public Mono<Document> get(DocumentId id) {
        return calls.fetch(TavusOperation.DOCUMENT_GET, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.get().uri("/documents/{id}", id.value()),
                DocumentResponse.class,
                mapper::toDomain);
    }

    @Override
    public Mono<DocumentPage> list(DocumentFilter filter) {
        var page = filter.page();
        return calls.fetch(TavusOperation.DOCUMENT_LIST, DOCUMENTS,
                tavus -> tavus.get().uri(uri -> uri.path("/documents")
                        .queryParamIfPresent("limit", Optional.ofNullable(page.limit()))
                        .queryParamIfPresent("page", Optional.ofNullable(page.page()))
                        .queryParamIfPresent("sort", Optional.ofNullable(filter.sort()).map(DocumentSort::value))
                        .queryParamIfPresent("status", Optional.ofNullable(filter.status()).map(DocumentStatus::value))
                        .queryParamIfPresent("name_or_uuid", Optional.ofNullable(filter.nameOrUuid()))
                        .queryParamIfPresent("tags", Optional.ofNullable(filter.tags()).map(tags -> String.join(",", tags)))
                        .build()),
                DocumentPageResponse.class,
                envelope -> new DocumentPage(envelope.items().toPage(mapper::toDomain),
                        envelope.page() != null ? envelope.page() : page.pageOrDefault(),
                        envelope.limit() != null ? envelope.limit() : page.limitOrDefault()));
    }

    @Override
    public Mono<Document> update(DocumentId id, DocumentUpdate update) {
        return calls.fetch(TavusOperation.DOCUMENT_UPDATE, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.patch().uri("/documents/{id}", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(update)),
                DocumentResponse.class,
                mapper::toDomain);
    }

    @Override
    public Mono<Void> delete(DocumentId id) {
        return calls.execute(TavusOperation.DOCUMENT_DELETE, TavusTarget.item(RESOURCE, id.value()),
                tavus -> tavus.delete().uri("/documents/{id}", id.value()));
    }

    @Override
    public Mono<Document> recrawl(DocumentId id, CrawlConfig override) {
        return calls.fetch(TavusOperation.DOCUMENT_RECRAWL, TavusTarget.item(RESOURCE, id.value()),
                tavus -> {
                    var request = tavus.post().uri("/documents/{id}/recrawl", id.value());
                    // Without an override nothing is sent, so Tavus uses the saved settings.
                    return override == null ? request
                            : request.contentType(MediaType.APPLICATION_JSON)
                                    .bodyValue(new RecrawlDocumentBody(mapper.toBody(override)));
                },
                DocumentResponse.class,
                response -> mapper.toDomain(response.withStatusIfMissing(DocumentStatus.RECRAWLING.value())))
                .onErrorMap(ProviderException.RateLimited.class, TavusHttpDocumentProvider::withWaitFromMessage);
    }

    /** A cooldown without {@code Retry-After} gets the wait its message names, when it names one. */
    static ProviderException.RateLimited withWaitFromMessage(ProviderException.RateLimited limited) {
        if (limited.retryAfter().isPresent() || limited.getMessage() == null) {
            return limited;
        }
        var wait = WAIT.matcher(limited.getMessage());
        if (!wait.find()) {
            return limited;
        }
        var amount = Long.parseLong(wait.group(1));
        var delay = switch (wait.group(2).toLowerCase(Locale.ROOT)) {
            case "hour" -> Duration.ofHours(amount);
            case "minute" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        return new ProviderException.RateLimited(limited.getMessage(), delay);
    }
}
