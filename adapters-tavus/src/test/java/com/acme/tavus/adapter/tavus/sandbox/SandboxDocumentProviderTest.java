package com.acme.tavus.adapter.tavus.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPage;
import com.acme.tavus.domain.document.DocumentPageRequest;
import com.acme.tavus.domain.document.DocumentSort;
import com.acme.tavus.domain.document.DocumentStatus;
import com.acme.tavus.domain.document.DocumentUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class SandboxDocumentProviderTest {

    private static final Instant START = Instant.parse("2025-05-13T06:42:58.291561Z");
    private static final String SITE = "https://docs.example.com/";

    private MutableClock clock;
    private SandboxDocumentProvider provider;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(START);
        provider = new SandboxDocumentProvider(new SandboxTavus(clock, new SandboxSettings("http://localhost/calls")));
    }

    @Test
    void create_answersStartedWithATavusShapedIdAndEchoesTheRequest() {
        var created = create(new DocumentDraft(SITE + "handbook.pdf", "Handbook", "https://hooks.example/docs",
                List.of("hr"), null, Map.of()));

        assertThat(created.id().value()).matches("d[0-9]-[0-9a-f]{12}");
        assertThat(created.status()).isEqualTo(DocumentStatus.STARTED);
        assertThat(created.name()).isEqualTo("Handbook");
        assertThat(created.url()).isEqualTo(SITE + "handbook.pdf");
        assertThat(created.callbackUrl()).isEqualTo("https://hooks.example/docs");
        assertThat(created.tags()).containsExactly("hr");
        assertThat(created.createdAt()).isEqualTo("2025-05-13T06:42:58.291561Z").isEqualTo(created.updatedAt());
        assertThat(created.crawlConfig()).isNull();
        assertThat(created.crawledUrls()).isNull();
        assertThat(created.crawlCount()).isNull();
        assertThat(created.lastCrawledAt()).isNull();
    }

    @Test
    void create_withoutName_namesTheDocumentAfterItsFileOrHost() {
        assertThat(create(draft(SITE + "guides/setup.pdf", null)).name()).isEqualTo("setup.pdf");
        assertThat(create(draft("https://www.example.org", null)).name()).isEqualTo("www.example.org");
    }

    @Test
    void status_movesFromStartedToProcessingToReadyWithTheClock_andUpdatedAtFollows() {
        var id = create(draft(SITE + "a.pdf", null)).id();

        clock.advance(Duration.ofSeconds(4));
        assertThat(get(id).status()).isEqualTo(DocumentStatus.STARTED);

        clock.advance(Duration.ofSeconds(1));
        var processing = get(id);
        assertThat(processing.status()).isEqualTo(DocumentStatus.PROCESSING);
        assertThat(processing.updatedAt()).isEqualTo("2025-05-13T06:43:03.291561Z");

        clock.advance(Duration.ofSeconds(15));
        var ready = get(id);
        assertThat(ready.status()).isEqualTo(DocumentStatus.READY);
        assertThat(ready.updatedAt()).isEqualTo("2025-05-13T06:43:18.291561Z");
        assertThat(ready.crawledUrls()).as("not a crawl").isNull();
    }

    @Test
    void crawl_isCountedAtOnce_andFillsCrawledUrlsWhenProcessed() {
        var created = create(new DocumentDraft(SITE, null, null, null, new CrawlConfig(2, 4), null));
        assertThat(created.crawlConfig()).isEqualTo(new CrawlConfig(2, 4));
        assertThat(created.crawlCount()).isEqualTo(1);
        assertThat(created.lastCrawledAt()).isEqualTo(created.createdAt());
        assertThat(created.crawledUrls()).isNull();

        clock.advance(Duration.ofSeconds(20));

        assertThat(get(created.id()).crawledUrls()).containsExactly(SITE, SITE + "page-1", SITE + "page-2",
                SITE + "page-3");
    }

    @Test
    void unreachableUrl_endsInError() {
        var id = create(draft("https://intranet.invalid/handbook.pdf", null)).id();

        clock.advance(Duration.ofSeconds(20));

        assertThat(get(id).status()).isEqualTo(DocumentStatus.ERROR);
    }

    @Test
    void recrawl_beforeProcessingEnds_isAConflictNamingTheCurrentStatus() {
        var id = createCrawl().id();
        clock.advance(Duration.ofSeconds(6));

        expectError(provider.recrawl(id, null), ProviderException.Conflict.class, e -> assertThat(e)
                .hasMessage("Document must be in 'ready' or 'error' state to recrawl, current status: processing"));
    }

    @Test
    void recrawl_ofADocumentWithoutCrawlConfig_isRejectedWithTavusText() {
        var id = create(draft(SITE + "a.pdf", null)).id();
        clock.advance(Duration.ofSeconds(20));

        expectError(provider.recrawl(id, null), ProviderException.Rejected.class,
                e -> assertThat(e).hasMessage("Document was not created with crawl configuration"));
    }

    @Test
    void recrawl_ofAReadyCrawl_startsARunThatBumpsTheCountAndEndsReady() {
        var id = createCrawl().id();
        clock.advance(Duration.ofMinutes(5));

        var recrawling = provider.recrawl(id, new CrawlConfig(1, 2)).block();

        assertThat(recrawling.status()).isEqualTo(DocumentStatus.RECRAWLING);
        assertThat(recrawling.crawlCount()).isEqualTo(2);
        assertThat(recrawling.lastCrawledAt()).isEqualTo("2025-05-13T06:47:58.291561Z");
        assertThat(recrawling.crawlConfig()).as("an override is for this run only").isEqualTo(new CrawlConfig(2, 4));
        assertThat(recrawling.crawledUrls()).as("the previous crawl's pages until the run ends").hasSize(4);

        clock.advance(Duration.ofSeconds(19));
        assertThat(get(id).status()).isEqualTo(DocumentStatus.RECRAWLING);
        clock.advance(Duration.ofSeconds(1));
        var done = get(id);
        assertThat(done.status()).isEqualTo(DocumentStatus.READY);
        assertThat(done.crawledUrls()).containsExactly(SITE, SITE + "page-1");
    }

    @Test
    void recrawl_ofAFileWithACrawlSentNow_isAllowedAndSavesTheSettings() {
        var id = create(draft(SITE, null)).id();
        clock.advance(Duration.ofSeconds(20));

        var recrawling = provider.recrawl(id, new CrawlConfig(1, 3)).block();

        assertThat(recrawling.crawlConfig()).isEqualTo(new CrawlConfig(1, 3));
        assertThat(recrawling.crawlCount()).isEqualTo(1);
    }

    @Test
    void recrawl_fromError_isAllowed() {
        var id = create(new DocumentDraft("https://site.invalid/", null, null, null, new CrawlConfig(1, 1), null)).id();
        clock.advance(Duration.ofSeconds(20));

        StepVerifier.create(provider.recrawl(id, null))
                .assertNext(d -> assertThat(d.status()).isEqualTo(DocumentStatus.RECRAWLING))
                .verifyComplete();
    }

    @Test
    void recrawl_withinAnHourOfTheLastRecrawl_isRateLimitedWithTheRemainingWait() {
        var id = createCrawl().id();
        clock.advance(Duration.ofSeconds(20));
        provider.recrawl(id, null).block();
        clock.advance(Duration.ofMinutes(15));

        expectError(provider.recrawl(id, null), ProviderException.RateLimited.class, e -> {
            assertThat(e).hasMessage("Recrawl cooldown: please wait 45 minutes before recrawling this document.");
            assertThat(e.retryAfter()).contains(Duration.ofMinutes(45));
        });

        clock.advance(Duration.ofMinutes(45));
        StepVerifier.create(provider.recrawl(id, null)).expectNextCount(1).verifyComplete();
    }

    @Test
    void update_renamesAndReplacesTags_andStampsUpdatedAt() {
        var id = create(new DocumentDraft(SITE + "a.pdf", "Old", null, List.of("a", "b"), null, null)).id();
        clock.advance(Duration.ofSeconds(1));

        var renamed = provider.update(id, new DocumentUpdate("New", null, null)).block();
        assertThat(renamed.name()).isEqualTo("New");
        assertThat(renamed.tags()).containsExactly("a", "b");
        assertThat(renamed.updatedAt()).isEqualTo("2025-05-13T06:42:59.291561Z");

        var retagged = provider.update(id, new DocumentUpdate(null, List.of(), null)).block();
        assertThat(retagged.name()).isEqualTo("New");
        assertThat(retagged.tags()).isEmpty();
    }

    @Test
    void unknownIds_areNotFoundEverywhere() {
        var unknown = DocumentId.of("d0-000000000000");

        StepVerifier.create(provider.get(unknown)).verifyError(NotFoundException.class);
        StepVerifier.create(provider.update(unknown, new DocumentUpdate("x", null, null))).verifyError(NotFoundException.class);
        StepVerifier.create(provider.delete(unknown)).verifyError(NotFoundException.class);
        StepVerifier.create(provider.recrawl(unknown, null)).verifyError(NotFoundException.class);
    }

    @Test
    void delete_removesTheDocument() {
        var id = create(draft(SITE + "a.pdf", null)).id();

        StepVerifier.create(provider.delete(id)).verifyComplete();

        StepVerifier.create(provider.get(id)).verifyError(NotFoundException.class);
    }

    @Test
    void list_isOldestFirstByDefault_pagesFromZero_andReportsPageAndLimit() {
        var first = create(draft(SITE + "1.pdf", "one"));
        var second = create(draft(SITE + "2.pdf", "two"));
        var third = create(draft(SITE + "3.pdf", "three"));

        var page0 = list(new DocumentFilter(new DocumentPageRequest(2, 0), null, null, null, null));
        assertThat(names(page0)).containsExactly("one", "two");
        assertThat(page0.documents().totalCount()).isEqualTo(3);
        assertThat(page0.page()).isZero();
        assertThat(page0.limit()).isEqualTo(2);

        var page1 = list(new DocumentFilter(new DocumentPageRequest(2, 1), null, null, null, null));
        assertThat(names(page1)).containsExactly("three");

        var descending = list(new DocumentFilter(DocumentPageRequest.defaults(), DocumentSort.DESCENDING, null, null, null));
        assertThat(descending.documents().data()).extracting(Document::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(descending.limit()).isEqualTo(10);
    }

    @Test
    void list_filtersOnStatusNameOrIdAndAnyTag() {
        var old = create(new DocumentDraft(SITE + "1.pdf", "Employee Handbook", null, List.of("hr", "important"), null, null));
        clock.advance(Duration.ofSeconds(20));
        var fresh = create(new DocumentDraft(SITE + "2.pdf", "Meeting notes", null, List.of("meeting"), null, null));
        create(new DocumentDraft(SITE + "3.pdf", "Price list", null, List.of(), null, null));

        assertThat(ids(filter(DocumentStatus.READY, null, null))).containsExactly(old.id());
        assertThat(ids(filter(DocumentStatus.STARTED, null, null))).hasSize(2).contains(fresh.id());
        assertThat(ids(filter(null, "handBOOK", null))).containsExactly(old.id());
        assertThat(ids(filter(null, fresh.id().value().substring(3), null))).containsExactly(fresh.id());
        assertThat(ids(filter(null, null, List.of("important", "meeting")))).containsExactly(old.id(), fresh.id());
    }

    @Test
    void create_beyondOneHundredCrawlDocuments_isRateLimitedWithTavusText() {
        for (var i = 0; i < SandboxDocumentProvider.MAX_CRAWL_DOCUMENTS; i++) {
            createCrawl();
        }

        expectError(provider.create(new DocumentDraft(SITE, null, null, null, new CrawlConfig(1, 1), null)),
                ProviderException.RateLimited.class,
                e -> assertThat(e).hasMessageStartingWith("Crawl document limit reached (100)"));
        assertThat(create(draft(SITE + "file.pdf", null))).as("files do not count").isNotNull();
    }

    private Document createCrawl() {
        return create(new DocumentDraft(SITE, "Docs site", null, null, new CrawlConfig(2, 4), null));
    }

    private static DocumentDraft draft(String url, String name) {
        return new DocumentDraft(url, name, null, null, null, null);
    }

    private Document create(DocumentDraft draft) {
        return provider.create(draft).block();
    }

    private Document get(DocumentId id) {
        return provider.get(id).block();
    }

    private DocumentPage list(DocumentFilter filter) {
        return provider.list(filter).block();
    }

    private DocumentPage filter(DocumentStatus status, String nameOrUuid, List<String> tags) {
        return list(new DocumentFilter(DocumentPageRequest.defaults(), null, status, nameOrUuid, tags));
    }

    private static List<String> names(DocumentPage page) {
        return page.documents().data().stream().map(Document::name).toList();
    }

    private static List<DocumentId> ids(DocumentPage page) {
        return page.documents().data().stream().map(Document::id).toList();
    }

    private static <E extends Throwable> void expectError(Mono<?> call, Class<E> type, Consumer<E> check) {
        StepVerifier.create(call)
                .expectErrorSatisfies(e -> assertThat(e).asInstanceOf(InstanceOfAssertFactories.type(type)).satisfies(check))
                .verify(Duration.ofSeconds(5));
    }
}
