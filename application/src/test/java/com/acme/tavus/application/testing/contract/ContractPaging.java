package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The paging rules every provider listing shares, checked by walking a listing page by page. */
final class ContractPaging {

    private ContractPaging() {}

    /**
     * Walks the listing in pages of {@code limit}, counted from 1, and answers every item's id in
     * the order met. Checks on the way that every page reports the same {@code total_count}, holds
     * at most {@code limit} items and no page before the last is empty, and that the page after the
     * last one is empty.
     */
    static <T, I> List<I> walk(Function<PageRequest, Page<T>> list, Function<T, I> id, int limit) {
        var total = list.apply(new PageRequest(limit, 1)).totalCount();
        var pages = (int) ((total + limit - 1) / limit);
        var seen = new ArrayList<I>();
        for (var page = 1; page <= pages; page++) {
            var answer = list.apply(new PageRequest(limit, page));
            assertThat(answer.totalCount()).as("total_count on page %d", page).isEqualTo(total);
            assertThat(answer.data()).as("page %d", page).hasSizeBetween(1, limit);
            answer.data().forEach(item -> seen.add(id.apply(item)));
        }
        assertThat(list.apply(new PageRequest(limit, pages + 1)).data()).as("past the last page").isEmpty();
        assertThat(seen).as("every item once").doesNotHaveDuplicates().hasSize((int) total);
        return seen;
    }
}
