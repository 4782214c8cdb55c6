package com.acme.tavus.application.shared;

import java.util.Objects;

/** One sort key of a {@link RecordQuery}. Absent values sort as smallest. */
public record SortKey<A extends Enum<A>>(A attribute, boolean descending) {

    public SortKey {
        Objects.requireNonNull(attribute, "attribute");
    }

    public static <A extends Enum<A>> SortKey<A> ascending(A attribute) {
        return new SortKey<>(attribute, false);
    }

    public static <A extends Enum<A>> SortKey<A> descending(A attribute) {
        return new SortKey<>(attribute, true);
    }
}
