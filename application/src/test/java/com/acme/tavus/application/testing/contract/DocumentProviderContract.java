package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.document.port.out.DocumentProvider;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link DocumentProvider} promises, as tests: the knowledge base's lifecycle,
 * its listing (pages counted from 0, oldest first unless asked otherwise, filtered by tag) and the
 * documented recrawl refusals. An adapter proves itself by extending this class, answering
 * {@link #provider()} and {@link #finishProcessing()}; each test gets a fresh provider.
 */
public abstract class DocumentProviderContract {

    private static final DocumentId UNKNOWN = DocumentId.of("d0-000000000000");
    private static final CrawlConfig CRAWL = new CrawlConfig(2, 10);

    /** The provider under test, over a backend set up afresh for each test. */
    protected abstract DocumentProvider provider();

    /**
     * Lets every document finish the processing or crawl run it is in (advance the backend's clock,
     * or mark the documents ready), staying well inside the one-hour recrawl cooldown.
     */
    protected abstract void finishProcessing();

    @Test
    void create_answersAStartedDocumentWithANewId_andTheFieldsSent() {
        var tag = newTag();
        var created = create("Handbook", tag, null);

        assertThat(created.id()).isNotNull();
        assertThat(created.status()).isEqualTo(DocumentStatus.STARTED);
        assertThat(created.name()).isEqualTo("Handbook");
        assertThat(created.url()).isEqualTo("https://example.com/handbook.pdf");
        assertThat(created.tags()).containsExactly(tag);
        assertThat(create("Handbook", tag, null).id()).as("not idempotent").isNotEqualTo(created.id());
    }

    @Test
    void create_withoutAName_getsOne() {
        var draft = new DocumentDraft("https://example.com/faq.txt", null, null, null, null, Map.of());

        StepVerifier.create(provider().create(draft))
                .assertNext(created -> assertThat(created.name()).isNotBlank())
                .verifyComplete();
    }

    @Test
    void get_returnsTheCreatedDocument_andAnUnknownIdIsNotFound() {
        var created = create("Readable", newTag(), null);

        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> {
                    assertThat(read.id()).isEqualTo(created.id());
                    assertThat(read.name()).isEqualTo("Readable");
                    assertThat(read.tags()).isEqualTo(created.tags());
                })
                .verifyComplete();
        StepVerifier.create(provider().get(UNKNOWN)).verifyError(NotFoundException.class);
    }

    @Test
    void list_pagesCountFromZero_areOldestFirst_andTogetherHoldEveryTaggedDocumentOnce() {
        var tag = newTag();
        var created = List.of(create("One", tag, null).id(), create("Two", tag, null).id(),
                create("Three", tag, null).id());
        create("Untagged", newTag(), null);

        var seen = new ArrayList<DocumentId>();
        for (var page = 0; page < 3; page++) {
            var answer = list(new DocumentFilter(new DocumentPageRequest(2, page), null, null, null, List.of(tag)));
            assertThat(answer.page()).isEqualTo(page);
            assertThat(answer.limit()).isEqualTo(2);
            assertThat(answer.documents().totalCount()).as("total_count on page %d", page).isEqualTo(3);
            answer.documents().data().forEach(document -> seen.add(document.id()));
        }

        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void list_descending_isNewestFirst() {
        var tag = newTag();
        var first = create("First", tag, null).id();
        var second = create("Second", tag, null).id();

        var answer = list(new DocumentFilter(DocumentPageRequest.defaults(), DocumentSort.DESCENDING, null, null,
                List.of(tag)));

        assertThat(answer.documents().data()).extracting(Document::id).containsExactly(second, first);
    }

    @Test
    void update_renamesAndRetags_theNextReadSeesIt_andAnUnknownIdIsNotFound() {
        var created = create("Old name", newTag(), null);
        var tag = newTag();

        StepVerifier.create(provider().update(created.id(), new DocumentUpdate("New name", List.of(tag), Map.of())))
                .assertNext(updated -> {
                    assertThat(updated.name()).isEqualTo("New name");
                    assertThat(updated.tags()).containsExactly(tag);
                })
                .verifyComplete();
        StepVerifier.create(provider().get(created.id()))
                .assertNext(read -> assertThat(read.name()).isEqualTo("New name"))
                .verifyComplete();
        StepVerifier.create(provider().update(UNKNOWN, new DocumentUpdate("Nobody", null, Map.of())))
                .verifyError(NotFoundException.class);
    }

    @Test
    void delete_makesTheDocumentUnknown() {
        var created = create("Gone", newTag(), null);

        StepVerifier.create(provider().delete(created.id())).verifyComplete();

        StepVerifier.create(provider().get(created.id())).verifyError(NotFoundException.class);
        StepVerifier.create(provider().delete(created.id())).verifyError(NotFoundException.class);
    }

    @Test
    void recrawl_ofADocumentNotCreatedForCrawling_isRejected() {
        var created = create("Single page", newTag(), null);
        finishProcessing();

        StepVerifier.create(provider().recrawl(created.id(), null)).verifyError(ProviderException.Rejected.class);
        StepVerifier.create(provider().recrawl(UNKNOWN, null)).verifyError(NotFoundException.class);
    }

    @Test
    void recrawl_whileTheDocumentIsStillProcessing_isAConflict() {
        var created = create("Site", newTag(), CRAWL);

        StepVerifier.create(provider().recrawl(created.id(), null)).verifyError(ProviderException.Conflict.class);
    }

    @Test
    void recrawl_ofAReadyCrawl_startsAnotherRun_andTheNextOneWaitsForTheCooldown() {
        var created = create("Site", newTag(), CRAWL);
        finishProcessing();
        var before = provider().get(created.id()).block();
        assertThat(before.status()).isEqualTo(DocumentStatus.READY);
        var runsBefore = before.crawlCount() == null ? 0 : before.crawlCount();

        StepVerifier.create(provider().recrawl(created.id(), null))
                .assertNext(recrawling -> {
                    assertThat(recrawling.status()).isEqualTo(DocumentStatus.RECRAWLING);
                    assertThat(recrawling.crawlCount()).isEqualTo(runsBefore + 1);
                })
                .verifyComplete();
        finishProcessing();

        StepVerifier.create(provider().recrawl(created.id(), null)).verifyError(ProviderException.RateLimited.class);
    }

    private Document create(String name, String tag, CrawlConfig crawl) {
        return provider().create(new DocumentDraft("https://example.com/handbook.pdf", name, null, List.of(tag),
                crawl, Map.of())).block();
    }

    private DocumentPage list(DocumentFilter filter) {
        return provider().list(filter).block();
    }

    /** A tag no other test uses, so listings filtered by it see only this test's documents. */
    private static String newTag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }
}
