package com.acme.tavus.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.application.testing.FakeDocumentProvider;
import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPageRequest;
import com.acme.tavus.domain.document.DocumentSort;
import com.acme.tavus.domain.document.DocumentStatus;
import com.acme.tavus.domain.document.DocumentUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class DocumentServiceTest {

    private final FakeDocumentProvider provider = new FakeDocumentProvider();
    private final DocumentService documents = new DocumentService(provider);

    @Test
    void create_thenGet_returnsTheStartedDocument() {
        var created = documents.create(draft("Handbook", null)).block();

        StepVerifier.create(documents.get(created.id()))
                .assertNext(d -> {
                    assertThat(d.name()).isEqualTo("Handbook");
                    assertThat(d.status()).isEqualTo(DocumentStatus.STARTED);
                })
                .verifyComplete();
    }

    @Test
    void list_passesPagingAndSortToTheProvider() {
        documents.create(draft("first", null)).block();
        documents.create(draft("second", null)).block();

        var filter = new DocumentFilter(new DocumentPageRequest(1, 0), DocumentSort.DESCENDING, null, null, null);
        StepVerifier.create(documents.list(filter))
                .assertNext(page -> {
                    assertThat(page.page()).isZero();
                    assertThat(page.limit()).isEqualTo(1);
                    assertThat(page.documents().totalCount()).isEqualTo(2);
                    assertThat(page.documents().data()).extracting(d -> d.name()).containsExactly("second");
                })
                .verifyComplete();
    }

    @Test
    void update_replacesTagsAndKeepsTheName() {
        var created = documents.create(draft("Handbook", null)).block();

        StepVerifier.create(documents.update(created.id(), new DocumentUpdate(null, List.of("hr"), null)))
                .assertNext(d -> {
                    assertThat(d.name()).isEqualTo("Handbook");
                    assertThat(d.tags()).containsExactly("hr");
                })
                .verifyComplete();
    }

    @Test
    void delete_thenGet_isNotFound() {
        var created = documents.create(draft("Handbook", null)).block();

        StepVerifier.create(documents.delete(created.id())).verifyComplete();
        StepVerifier.create(documents.get(created.id())).verifyError(NotFoundException.class);
        assertThat(provider.calls()).containsExactly("create", "delete " + created.id(), "get " + created.id());
    }

    @Test
    void recrawl_whileProcessing_isAConflict_andOnceReady_startsRecrawling() {
        var created = documents.create(draft("Site", new CrawlConfig(2, 10))).block();

        StepVerifier.create(documents.recrawl(created.id(), null))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Conflict.class)
                        .hasMessageContaining("current status: started"));

        provider.finishProcessing(created.id());
        StepVerifier.create(documents.recrawl(created.id(), new CrawlConfig(3, 50)))
                .assertNext(d -> assertThat(d.status()).isEqualTo(DocumentStatus.RECRAWLING))
                .verifyComplete();
    }

    @Test
    void recrawl_ofADocumentThatIsNotACrawl_isRejected() {
        var created = documents.create(draft("File", null)).block();
        provider.finishProcessing(created.id());

        StepVerifier.create(documents.recrawl(created.id(), null))
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ProviderException.Rejected.class)
                        .hasMessage("Document was not created with crawl configuration"));
    }

    @Test
    void anyCall_onAnUnknownId_isNotFound() {
        var unknown = DocumentId.of("d0-000000000000");

        StepVerifier.create(documents.get(unknown)).verifyError(NotFoundException.class);
        StepVerifier.create(documents.update(unknown, new DocumentUpdate("x", null, Map.of())))
                .verifyError(NotFoundException.class);
        StepVerifier.create(documents.recrawl(unknown, null)).verifyError(NotFoundException.class);
    }

    private static DocumentDraft draft(String name, CrawlConfig crawl) {
        return new DocumentDraft("https://docs.example.com/" + name, name, null, null, crawl, Map.of());
    }
}
