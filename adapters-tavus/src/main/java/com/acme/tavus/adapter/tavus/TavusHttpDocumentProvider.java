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
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * {@link DocumentProvider} on the real Tavus API ({@code /v2/documents}).
 *
 * <p>Error translation is {@link TavusErrors}'s, with one addition: Tavus announces the recrawl
 * cooldown only in words ({@code "please wait 45 minutes"}), never in a {@code Retry-After} header,
 * so the wait is read from the text to give clients a {@code Retry-After} they can act on. Nothing
 * is retried: creating a crawl counts against Tavus's limit of 100 crawl documents.
 */
public final class TavusHttpDocumentProvider implements DocumentProvider {

    private static final String RESOURCE = "document";
    private static final TavusTarget DOCUMENTS = TavusTarget.collection(RESOURCE);
    /** "please wait 45 minutes", "wait 1 minute", "wait 30 seconds". */
    private static final Pattern WAIT = Pattern.compile("(?i)\\bwait\\s+(\\d{1,6})\\s+(minute|second|hour)s?\\b");

    private final WebClient tavus;
    private final DocumentMapper mapper = DocumentMapper.INSTANCE;

    public TavusHttpDocumentProvider(WebClient tavus) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
    }

    @Override
    public Mono<Document> create(DocumentDraft draft) {
        return Mono.defer(() -> TavusCalls.fetch(
                tavus.post().uri("/documents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(draft)),
                DocumentResponse.class,
                response -> mapper.toDomain(response.withStatusIfMissing(DocumentStatus.STARTED.value())),
                DOCUMENTS));
    }

    @Override
    public Mono<Document> get(DocumentId id) {
        return TavusCalls.fetch(
                tavus.get().uri("/documents/{id}", id.value()),
                DocumentResponse.class,
                mapper::toDomain,
                TavusTarget.item(RESOURCE, id.value()));
    }

    @Override
    public Mono<DocumentPage> list(DocumentFilter filter) {
        var page = filter.page();
        return TavusCalls.fetch(
                tavus.get().uri(uri -> uri.path("/documents")
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
                        envelope.limit() != null ? envelope.limit() : page.limitOrDefault()),
                DOCUMENTS);
    }

    @Override
    public Mono<Document> update(DocumentId id, DocumentUpdate update) {
        return Mono.defer(() -> TavusCalls.fetch(
                tavus.patch().uri("/documents/{id}", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(mapper.toBody(update)),
                DocumentResponse.class,
                mapper::toDomain,
                TavusTarget.item(RESOURCE, id.value())));
    }

    @Override
    public Mono<Void> delete(DocumentId id) {
        return TavusCalls.execute(
                tavus.delete().uri("/documents/{id}", id.value()),
                TavusTarget.item(RESOURCE, id.value()));
    }

    @Override
    public Mono<Document> recrawl(DocumentId id, CrawlConfig override) {
        return Mono.defer(() -> {
            var request = tavus.post().uri("/documents/{id}/recrawl", id.value());
            // Without an override nothing is sent, so Tavus uses the saved settings.
            WebClient.RequestHeadersSpec<?> call = override == null ? request
                    : request.contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(new RecrawlDocumentBody(mapper.toBody(override)));
            return TavusCalls.fetch(call, DocumentResponse.class,
                    response -> mapper.toDomain(response.withStatusIfMissing(DocumentStatus.RECRAWLING.value())),
                    TavusTarget.item(RESOURCE, id.value()));
        }).onErrorMap(ProviderException.RateLimited.class, TavusHttpDocumentProvider::withWaitFromMessage);
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
