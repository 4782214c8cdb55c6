package com.acme.tavus.adapter.tavus;

import java.util.Objects;

/**
 * What a Tavus call is about, for error translation: the resource in the wire vocabulary
 * ({@code conversation}, {@code replica}, ...) and, for calls on one item, the id in the path. A
 * "not found" answer only means "this id does not exist" when the path named an id.
 */
record TavusTarget(String resource, String pathId) {

    TavusTarget {
        Objects.requireNonNull(resource, "resource");
    }

    /** A call on the collection, such as create or list. */
    static TavusTarget collection(String resource) {
        return new TavusTarget(resource, null);
    }

    /** A call on one item, such as get, end or delete. */
    static TavusTarget item(String resource, String id) {
        return new TavusTarget(resource, Objects.requireNonNull(id, "id"));
    }
}
