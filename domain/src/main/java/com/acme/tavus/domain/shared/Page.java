package com.acme.tavus.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a listing, in Tavus's envelope terms: the items and the total number of items that
 * match the filter across all pages.
 */
public record Page<T>(List<T> data, long totalCount) {

    public Page {
        data = List.copyOf(Objects.requireNonNull(data, "data"));
        if (totalCount < 0) {
            throw new IllegalArgumentException("totalCount must not be negative");
        }
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(data.stream().<R>map(mapper).toList(), totalCount);
    }
}
