package com.acme.tavus.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.testing.InMemoryRecords;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordQueryTest {

    enum Attr { NAME, CITY, AT }

    record Row(String name, String city, Instant at) {}

    static Object attribute(Row row, Attr attr) {
        return switch (attr) {
            case NAME -> row.name();
            case CITY -> row.city();
            case AT -> row.at();
        };
    }

    static final List<Row> ROWS = List.of(
            new Row("Ada Lovelace", "London", Instant.parse("2025-01-01T00:00:00Z")),
            new Row("Grace Hopper", "New York", Instant.parse("2025-02-01T00:00:00Z")),
            new Row("Alan Turing", "London", null),
            new Row("Edsger Dijkstra", "Austin", Instant.parse("2025-03-01T00:00:00Z")));

    static List<String> names(RecordQuery<Attr> query) {
        return InMemoryRecords.page(ROWS, query, RecordQueryTest::attribute, Comparator.comparing(Row::name))
                .data().stream().map(Row::name).toList();
    }

    @Test
    void searchTerms_everyTermMustMatchSomeSearchAttributeIgnoringCase() {
        var query = new RecordQuery<Attr>("  LONDON   a  ", Set.of(Attr.NAME, Attr.CITY), List.of(), List.of(), 1, 10);

        assertThat(query.searchTerms()).containsExactly("london", "a");
        assertThat(names(query)).containsExactly("Ada Lovelace", "Alan Turing");
    }

    @Test
    void searchWithoutSearchAttributes_matchesEverything() {
        assertThat(names(new RecordQuery<Attr>("zzz", Set.of(), List.of(), List.of(), 1, 10))).hasSize(4);
    }

    @Test
    void criteriaSortAndPaging_combine() {
        var query = new RecordQuery<Attr>(null, Set.of(),
                List.of(new Criterion.Within<>(Attr.AT, Instant.parse("2025-01-15T00:00:00Z"), null)),
                List.of(SortKey.descending(Attr.AT)), 1, 1);

        var page = InMemoryRecords.page(ROWS, query, RecordQueryTest::attribute, Comparator.comparing(Row::name));

        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.data()).extracting(Row::name).containsExactly("Edsger Dijkstra");
        assertThat(names(new RecordQuery<Attr>(null, Set.of(), List.of(new Criterion.IsNull<>(Attr.AT, true)), List.of(), 1, 5)))
                .containsExactly("Alan Turing");
        assertThat(names(new RecordQuery<Attr>(null, Set.of(), List.of(new Criterion.Equal<>(Attr.CITY, "London")),
                List.of(SortKey.descending(Attr.NAME)), 1, 5))).containsExactly("Alan Turing", "Ada Lovelace");
    }

    @Test
    void new_pageOrSizeOutOfRange_isRejected() {
        assertThatThrownBy(() -> new RecordQuery<Attr>(null, null, null, null, 0, 10))
                .isInstanceOf(InvalidValueException.class).hasMessage("page: must be 1 or more");
        assertThatThrownBy(() -> new RecordQuery<Attr>(null, null, null, null, 1, RecordQuery.MAX_PAGE_SIZE + 1))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new RecordQuery<Attr>(null, null, null, null, 3, 20).offset()).isEqualTo(40);
    }
}
