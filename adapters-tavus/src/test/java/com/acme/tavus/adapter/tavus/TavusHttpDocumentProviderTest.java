package com.acme.tavus.adapter.tavus;

import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.API_KEY;
import static com.acme.tavus.adapter.tavus.TavusWireTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPageRequest;
import com.acme.tavus.domain.document.DocumentSort;
import com.acme.tavus.domain.document.DocumentStatus;
import com.acme.tavus.domain.document.DocumentUpdate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** {@link TavusHttpDocumentProvider} on the wire: what it sends, what it makes of every answer. */
class TavusHttpDocumentProviderTest {

    private static final DocumentId ID = DocumentId.of("d8-5c71baca86fc");
    private static final String DOCUMENT = "/v2/documents/d8-5c71baca86fc";
    private static final String DOCUMENT_JSON = """
            {"document_id": "d8-5c71baca86fc", "document_name": "Handbook", "document_url": "https://example.com/",
             "status": "ready", "progress": null, "created_at": "2024-01-01T12:00:00Z", "updated_at": "2024-01-01T12:05:00Z",
             "callback_url": "https://hooks.example/docs", "tags": ["hr", "faq"], "crawl_config": {"depth": 2, "max_pages": 20},
             "crawled_urls": ["https://example.com/", "https://example.com/jobs"], "last_crawled_at": "2024-01-01T12:00:00Z",
             "crawl_count": 1, "embedding_model": "v3"}
            """;

    private static FakeTavusServer tavus;
    private TavusHttpDocumentProvider provider;

    @BeforeAll
    static void startTavus() {
        tavus = FakeTavusServer.start();
    }

    @AfterAll
    static void stopTavus() {
        tavus.close();
    }

    @BeforeEach
    void setUp() {
        tavus.reset();
        provider = new TavusHttpDocumentProvider(TavusWireTestSupport.calls(tavus.baseUrl()));
    }

    @Test
    void create_sendsEveryFieldInSnakeCaseWithExtrasAtTopLevel() {
        tavus.on("POST", "/v2/documents", FakeResponse.ok(DOCUMENT_JSON.replace("\"ready\"", "\"started\"")));
        var draft = new DocumentDraft("https://example.com/", "Handbook", "https://hooks.example/docs",
                List.of("hr", "faq"), new CrawlConfig(2, 20),
                Map.of("chunk_size", 512, "document_url", "https://sneaky.example/"));

        StepVerifier.create(provider.create(draft))
                .assertNext(d -> assertThat(d.status()).isEqualTo(DocumentStatus.STARTED))
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.line()).isEqualTo("POST /v2/documents");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(json(sent.body())).isEqualTo(Map.of(
                "document_url", "https://example.com/",
                "document_name", "Handbook",
                "callback_url", "https://hooks.example/docs",
                "tags", List.of("hr", "faq"),
                "crawl", Map.of("depth", 2, "max_pages", 20),
                "chunk_size", 512));
    }

    @Test
    void create_minimal_sendsOnlyTheUrl_andAssumesStartedWhenTavusOmitsTheStatus() {
        tavus.on("POST", "/v2/documents", FakeResponse.ok("{\"document_id\": \"d1-000000000001\"}"));

        StepVerifier.create(provider.create(new DocumentDraft("https://example.com/a.pdf", null, null, null, null, null)))
                .assertNext(d -> assertThat(d.status()).isEqualTo(DocumentStatus.STARTED))
                .verifyComplete();

        assertThat(json(tavus.lastRequest().body())).isEqualTo(Map.of("document_url", "https://example.com/a.pdf"));
    }

    @Test
    void get_mapsEveryFieldAndKeepsUnknownOnes() {
        tavus.on("GET", DOCUMENT, FakeResponse.ok(DOCUMENT_JSON));

        StepVerifier.create(provider.get(ID))
                .assertNext(d -> {
                    assertThat(d.id()).isEqualTo(ID);
                    assertThat(d.name()).isEqualTo("Handbook");
                    assertThat(d.url()).isEqualTo("https://example.com/");
                    assertThat(d.status()).isEqualTo(DocumentStatus.READY);
                    assertThat(d.progress()).isNull();
                    assertThat(d.createdAt()).isEqualTo("2024-01-01T12:00:00Z");
                    assertThat(d.updatedAt()).isEqualTo("2024-01-01T12:05:00Z");
                    assertThat(d.callbackUrl()).isEqualTo("https://hooks.example/docs");
                    assertThat(d.tags()).containsExactly("hr", "faq");
                    assertThat(d.crawlConfig()).isEqualTo(new CrawlConfig(2, 20));
                    assertThat(d.crawledUrls()).hasSize(2);
                    assertThat(d.lastCrawledAt()).isEqualTo("2024-01-01T12:00:00Z");
                    assertThat(d.crawlCount()).isEqualTo(1);
                    assertThat(d.extraFields()).isEqualTo(Map.of("embedding_model", "v3"));
                })
                .verifyComplete();

        assertThat(tavus.lastRequest().line()).isEqualTo("GET " + DOCUMENT);
    }

    @Test
    void get_keepsAnUnknownStatusAndANumericProgress() {
        tavus.on("GET", DOCUMENT, FakeResponse.ok(
                "{\"document_id\": \"d8-5c71baca86fc\", \"status\": \"Queued\", \"progress\": 40}"));

        StepVerifier.create(provider.get(ID))
                .assertNext(d -> {
                    assertThat(d.status().value()).isEqualTo("queued");
                    assertThat(d.progress()).isEqualTo(40);
                })
                .verifyComplete();
    }

    @Test
    void list_sendsEveryFilterAndMapsTheEnvelopeWithPageAndLimit() {
        tavus.on("GET", "/v2/documents", FakeResponse.ok("""
                {"data": [%s], "total_count": 42, "page": 3, "limit": 5}
                """.formatted(DOCUMENT_JSON)));
        var filter = new DocumentFilter(new DocumentPageRequest(5, 3), DocumentSort.DESCENDING, DocumentStatus.READY,
                "hand book", List.of("important", "meeting"));

        StepVerifier.create(provider.list(filter))
                .assertNext(page -> {
                    assertThat(page.documents().totalCount()).isEqualTo(42);
                    assertThat(page.documents().data()).extracting(d -> d.id().value()).containsExactly(ID.value());
                    assertThat(page.page()).isEqualTo(3);
                    assertThat(page.limit()).isEqualTo(5);
                })
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.path()).isEqualTo("/v2/documents");
        assertThat(sent.queryParams()).isEqualTo(Map.of("limit", List.of("5"), "page", List.of("3"),
                "sort", List.of("descending"), "status", List.of("ready"), "name_or_uuid", List.of("hand book"),
                "tags", List.of("important,meeting")));
    }

    @Test
    void list_withDefaults_sendsNoQuery_andFallsBackToTavusDefaultsForPageAndLimit() {
        tavus.on("GET", "/v2/documents", FakeResponse.ok("{\"data\": []}"));

        StepVerifier.create(provider.list(DocumentFilter.all()))
                .assertNext(page -> {
                    assertThat(page.documents().data()).isEmpty();
                    assertThat(page.documents().totalCount()).isZero();
                    assertThat(page.page()).isZero();
                    assertThat(page.limit()).isEqualTo(10);
                })
                .verifyComplete();

        assertThat(tavus.lastRequest().query()).isNull();
    }

    @Test
    void update_patchesOnlyTheGivenFields_andSendsAnEmptyTagListToClearThem() {
        tavus.on("PATCH", DOCUMENT, FakeResponse.ok(DOCUMENT_JSON));

        StepVerifier.create(provider.update(ID, new DocumentUpdate(null, List.of(), null)))
                .expectNextCount(1)
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.line()).isEqualTo("PATCH " + DOCUMENT);
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(json(sent.body())).isEqualTo(Map.of("tags", List.of()));
    }

    @Test
    void update_withNameAndTags_sendsBoth() {
        tavus.on("PATCH", DOCUMENT, FakeResponse.ok(DOCUMENT_JSON));

        StepVerifier.create(provider.update(ID, new DocumentUpdate("Renamed", List.of("a"), null)))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(json(tavus.lastRequest().body())).isEqualTo(Map.of("document_name", "Renamed", "tags", List.of("a")));
    }

    @Test
    void delete_sendsDeleteAndAccepts204() {
        tavus.on("DELETE", DOCUMENT, FakeResponse.status(204));

        StepVerifier.create(provider.delete(ID)).verifyComplete();

        assertThat(tavus.lastRequest().line()).isEqualTo("DELETE " + DOCUMENT);
        assertThat(tavus.lastRequest().header("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void recrawl_withoutOverride_postsNoBody_andAccepts202() {
        tavus.on("POST", DOCUMENT + "/recrawl",
                FakeResponse.json(202, DOCUMENT_JSON.replace("\"ready\"", "\"recrawling\"")));

        StepVerifier.create(provider.recrawl(ID, null))
                .assertNext(d -> assertThat(d.status()).isEqualTo(DocumentStatus.RECRAWLING))
                .verifyComplete();

        var sent = tavus.lastRequest();
        assertThat(sent.line()).isEqualTo("POST " + DOCUMENT + "/recrawl");
        assertThat(sent.body()).isEmpty();
    }

    @Test
    void recrawl_withOverride_sendsTheCrawlObject() {
        tavus.on("POST", DOCUMENT + "/recrawl", FakeResponse.json(202, DOCUMENT_JSON));

        StepVerifier.create(provider.recrawl(ID, new CrawlConfig(3, 50))).expectNextCount(1).verifyComplete();

        assertThat(json(tavus.lastRequest().body())).isEqualTo(Map.of("crawl", Map.of("depth", 3, "max_pages", 50)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"message", "error"})
    void anyItemCall_404InEitherBodyShape_isNotFound(String key) {
        tavus.on("GET", DOCUMENT, FakeResponse.tavusError(404, key, "Document not found"));
        tavus.on("PATCH", DOCUMENT, FakeResponse.tavusError(404, key, "Document not found"));
        tavus.on("DELETE", DOCUMENT, FakeResponse.tavusError(404, key, "Document not found"));
        tavus.on("POST", DOCUMENT + "/recrawl", FakeResponse.tavusError(404, key, "Document not found"));
        Consumer<NotFoundException> isThisDocument = e -> {
            assertThat(e.resource()).isEqualTo("document");
            assertThat(e.id()).isEqualTo(ID.value());
        };

        expectError(provider.get(ID), NotFoundException.class, isThisDocument);
        expectError(provider.update(ID, new DocumentUpdate("x", null, null)), NotFoundException.class, isThisDocument);
        expectError(provider.delete(ID), NotFoundException.class, isThisDocument);
        expectError(provider.recrawl(ID, null), NotFoundException.class, isThisDocument);
    }

    @Test
    void create_400_isRejectedWithTavusText() {
        tavus.on("POST", "/v2/documents",
                FakeResponse.tavusError(400, "error", "Invalid request: document_url is required"));

        expectError(provider.create(new DocumentDraft("https://example.com/", null, null, null, null, null)),
                ProviderException.Rejected.class,
                e -> assertThat(e.getMessage()).isEqualTo("Invalid request: document_url is required"));
    }

    @Test
    void create_429CrawlLimit_isRateLimitedWithoutAWait() {
        tavus.on("POST", "/v2/documents", FakeResponse.tavusError(429, "error",
                "Crawl document limit reached (100). Contact support@tavus.io to increase your limit."));

        expectError(provider.create(new DocumentDraft("https://example.com/", null, null, null, new CrawlConfig(1, 1), null)),
                ProviderException.RateLimited.class, e -> {
                    assertThat(e.getMessage()).startsWith("Crawl document limit reached (100)");
                    assertThat(e.retryAfter()).isEmpty();
                });
    }

    @Test
    void recrawl_400NotACrawl_isRejectedNotNotFound() {
        tavus.on("POST", DOCUMENT + "/recrawl",
                FakeResponse.tavusError(400, "error", "Document was not created with crawl configuration"));

        expectError(provider.recrawl(ID, null), ProviderException.Rejected.class,
                e -> assertThat(e.getMessage()).isEqualTo("Document was not created with crawl configuration"));
    }

    @Test
    void recrawl_409WrongState_isAConflictWithTavusText() {
        tavus.on("POST", DOCUMENT + "/recrawl", FakeResponse.tavusError(409, "error",
                "Document must be in 'ready' or 'error' state to recrawl, current status: processing"));

        expectError(provider.recrawl(ID, null), ProviderException.Conflict.class, e -> assertThat(e.getMessage())
                .isEqualTo("Document must be in 'ready' or 'error' state to recrawl, current status: processing"));
    }

    @Test
    void recrawl_429Cooldown_takesTheWaitFromTavusText() {
        tavus.on("POST", DOCUMENT + "/recrawl", FakeResponse.tavusError(429, "error",
                "Recrawl cooldown: please wait 45 minutes before recrawling this document."));

        expectError(provider.recrawl(ID, null), ProviderException.RateLimited.class, e -> {
            assertThat(e.getMessage()).startsWith("Recrawl cooldown");
            assertThat(e.retryAfter()).contains(Duration.ofMinutes(45));
        });
    }

    @Test
    void recrawl_429WithRetryAfterHeader_prefersTheHeader() {
        tavus.on("POST", DOCUMENT + "/recrawl", FakeResponse.tavusError(429, "error",
                "Recrawl cooldown: please wait 45 minutes before recrawling this document.").withHeader("Retry-After", "90"));

        expectError(provider.recrawl(ID, null), ProviderException.RateLimited.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(90)));
    }

    @Test
    void list_200WithoutDocumentIds_isUnreadable() {
        tavus.on("GET", "/v2/documents", FakeResponse.ok("{\"data\": [{\"status\": \"ready\"}]}"));

        expectError(provider.list(DocumentFilter.all()), ProviderException.BadGateway.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus sent an answer the platform could not read"));
    }

    @Test
    void get_crawlConfigOutOfRange_isUnreadableNotAClientError() {
        tavus.on("GET", DOCUMENT, FakeResponse.ok(
                "{\"document_id\": \"d8-5c71baca86fc\", \"status\": \"ready\", \"crawl_config\": {\"depth\": 0}}"));

        expectError(provider.get(ID), ProviderException.BadGateway.class,
                e -> assertThat(e.getMessage()).isEqualTo("Tavus sent an answer the platform could not read"));
    }

    private static <E extends Throwable> void expectError(Mono<?> call, Class<E> type, Consumer<E> check) {
        StepVerifier.create(call)
                .expectErrorSatisfies(e -> assertThat(e).asInstanceOf(InstanceOfAssertFactories.type(type)).satisfies(check))
                .verify(Duration.ofSeconds(5));
    }
}
