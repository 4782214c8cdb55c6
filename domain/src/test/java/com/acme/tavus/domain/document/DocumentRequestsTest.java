package com.acme.tavus.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentRequestsTest {

    private static final String URL = "https://docs.example.com/handbook.pdf";

    @Test
    void draft_withOnlyAUrl_isValidAndLeavesTheRestToTavus() {
        var draft = new DocumentDraft(URL, null, null, null, null, null);

        assertThat(draft.documentUrl()).isEqualTo(URL);
        assertThat(draft.tags()).isNull();
        assertThat(draft.crawl()).isNull();
        assertThat(draft.extraFields()).isEmpty();
    }

    @Test
    void draft_copiesTagsAndExtras_soLaterChangesToTheInputsDoNotLeakIn() {
        var tags = new ArrayList<>(List.of("faq"));
        var draft = new DocumentDraft(URL, "Handbook", "https://hooks.example/docs", tags,
                new CrawlConfig(2, 20), Map.of("future_flag", true));
        tags.add("later");

        assertThat(draft.tags()).containsExactly("faq");
        assertThat(draft.extraFields()).containsEntry("future_flag", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "docs.example.com/a.pdf", "ftp://example.com/a.pdf", "https://", "https://exa mple.com",
        "javascript:alert(1)"})
    void draft_withoutAnHttpUrl_namesDocumentUrl(String url) {
        assertThatThrownBy(() -> new DocumentDraft(url, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("document_url"));
    }

    @Test
    void draft_withoutUrl_saysItIsRequired() {
        assertThatThrownBy(() -> new DocumentDraft(null, null, null, null, null, null))
                .hasMessage("document_url: is required");
    }

    @Test
    void draft_badCallbackUrl_namesCallbackUrl() {
        assertThatThrownBy(() -> new DocumentDraft(URL, null, "not a url", null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("callback_url"));
    }

    @Test
    void draft_blankTag_namesItsIndex() {
        assertThatThrownBy(() -> new DocumentDraft(URL, null, null, Arrays.asList("faq", " "), null, null))
                .hasMessage("tags[1]: must not be blank");
    }

    @ParameterizedTest
    @CsvSource({"0,10,crawl.depth", "11,10,crawl.depth", "3,0,crawl.max_pages", "3,101,crawl.max_pages"})
    void crawl_outOfRange_namesTheNestedField(int depth, int maxPages, String field) {
        assertThatThrownBy(() -> new CrawlConfig(depth, maxPages))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void crawl_atTheLimitsOrLeftToTavus_isValid() {
        assertThat(new CrawlConfig(1, 1)).isNotNull();
        assertThat(new CrawlConfig(10, 100)).isNotNull();
        assertThat(new CrawlConfig(null, null)).isNotNull();
    }

    @Test
    void update_thatChangesNothing_isRefused() {
        assertThatThrownBy(() -> new DocumentUpdate(null, null, Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("document_name: document_name or tags is required"));
    }

    @Test
    void update_withAnEmptyTagList_clearsTheTags() {
        assertThat(new DocumentUpdate(null, List.of(), null).tags()).isEmpty();
    }

    @Test
    void update_withOnlyAFieldThisVersionDoesNotKnow_isForwarded() {
        assertThat(new DocumentUpdate(null, null, Map.of("future_field", 1)).extraFields()).hasSize(1);
    }

    @Test
    void update_blankName_isRefused() {
        assertThatThrownBy(() -> new DocumentUpdate(" ", null, null)).hasMessage("document_name: must not be blank");
    }

    @Test
    void pageRequest_countsFromZero() {
        assertThat(new DocumentPageRequest(10, 0).pageOrDefault()).isZero();
        assertThat(DocumentPageRequest.defaults().limitOrDefault()).isEqualTo(10);
        assertThatThrownBy(() -> new DocumentPageRequest(null, -1)).hasMessageStartingWith("page:");
        assertThatThrownBy(() -> new DocumentPageRequest(0, null)).hasMessageStartingWith("limit:");
        assertThatThrownBy(() -> new DocumentPageRequest(101, null)).hasMessageStartingWith("limit:");
    }

    @Test
    void filter_dropsEmptyFilters() {
        var filter = new DocumentFilter(DocumentPageRequest.defaults(), null, null, "  ", Arrays.asList(" ", "", null));

        assertThat(filter.nameOrUuid()).isNull();
        assertThat(filter.tags()).isNull();
    }

    @Test
    void filter_trimsTags() {
        var filter = new DocumentFilter(DocumentPageRequest.defaults(), DocumentSort.DESCENDING, DocumentStatus.READY,
                " hand ", List.of(" important", "meeting "));

        assertThat(filter.nameOrUuid()).isEqualTo("hand");
        assertThat(filter.tags()).containsExactly("important", "meeting");
    }

    @Test
    void sort_acceptsTavusSpellingsOnly() {
        assertThat(DocumentSort.fromValue("Descending")).isEqualTo(DocumentSort.DESCENDING);
        assertThatThrownBy(() -> DocumentSort.fromValue("newest")).hasMessage("sort: must be ascending or descending");
    }

    @Test
    void status_keepsUnknownValuesAndOnlyReadyOrErrorAllowRecrawl() {
        assertThat(DocumentStatus.of("Queued").value()).isEqualTo("queued");
        assertThat(DocumentStatus.READY.allowsRecrawl()).isTrue();
        assertThat(DocumentStatus.ERROR.allowsRecrawl()).isTrue();
        assertThat(DocumentStatus.PROCESSING.allowsRecrawl()).isFalse();
        assertThat(DocumentStatus.RECRAWLING.allowsRecrawl()).isFalse();
    }

    @Test
    void id_acceptsTavusShapeAndRefusesPathTricks() {
        assertThat(DocumentId.of("d8-5c71baca86fc").value()).isEqualTo("d8-5c71baca86fc");
        assertThatThrownBy(() -> DocumentId.of("../d1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("document_id"));
    }
}
