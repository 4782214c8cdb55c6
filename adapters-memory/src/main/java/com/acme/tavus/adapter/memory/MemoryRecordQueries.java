package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.shared.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Answers a {@link RecordQuery} over objects in memory the way the jOOQ stores answer it over rows:
 * every search term in some search attribute ignoring case, all criteria, sort keys with absent
 * values smallest, then {@code tieBreaker} (so pages are stable), then the page.
 */
final class MemoryRecordQueries {

    private MemoryRecordQueries() {}

    static <T, A extends Enum<A>> Page<T> page(
            Collection<T> all, RecordQuery<A> query, BiFunction<T, A, Object> attribute, Comparator<T> tieBreaker) {
        var terms = query.searchTerms();
        var matching = all.stream()
                .filter(item -> terms.stream().allMatch(term -> query.searchIn().stream().anyMatch(a -> {
                    var value = attribute.apply(item, a);
                    return value != null && value.toString().toLowerCase(Locale.ROOT).contains(term);
                })))
                .filter(item -> query.criteria().stream().allMatch(c -> holds(c, attribute.apply(item, c.attribute()))))
                .toList();
        Comparator<T> order = null;
        for (var key : query.sort()) {
            Comparator<T> byKey = Comparator.comparing(item -> comparable(attribute.apply(item, key.attribute())),
                    Comparator.nullsFirst(Comparator.<Comparable<Object>>naturalOrder()));
            byKey = key.descending() ? byKey.reversed() : byKey;
            order = order == null ? byKey : order.thenComparing(byKey);
        }
        order = order == null ? tieBreaker : order.thenComparing(tieBreaker);
        var sorted = matching.stream().sorted(order).toList();
        List<T> page = sorted.stream().skip(query.offset()).limit(query.pageSize()).toList();
        return new Page<>(page, sorted.size());
    }

    private static boolean holds(Criterion<?> criterion, Object value) {
        return switch (criterion) {
            case Criterion.Equal<?> equal -> Objects.equals(normal(value), normal(equal.value()));
            case Criterion.IsNull<?> isNull -> (value == null || value.toString().isEmpty()) == isNull.isNull();
            case Criterion.Within<?> within -> value != null && within.contains((Instant) value);
        };
    }

    private static Object normal(Object value) {
        return value instanceof Number number ? number.longValue() : value;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        return (Comparable<Object>) value;
    }
}
