package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Tavus's list envelope, {@code {"data": [...], "total_count": n}}, shared by every listable
 * resource. Some answers leave {@code total_count} out; the page size is the best estimate then.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record TavusPage<T>(List<T> data, Long totalCount) {

    TavusPage {
        data = data == null ? List.of() : data;
    }

    <R> Page<R> toPage(Function<? super T, ? extends R> toDomain) {
        List<R> items = data.stream().<R>map(toDomain).toList();
        var total = totalCount == null || totalCount < 0 ? items.size() : Math.max(totalCount, 0);
        return new Page<>(items, total);
    }
}
