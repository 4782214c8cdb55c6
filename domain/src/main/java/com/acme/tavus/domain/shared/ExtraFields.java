package com.acme.tavus.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields Tavus (or a client) sent that this version of the platform does not model. They are kept,
 * not dropped, so a newer Tavus field passes through the proxy unchanged. Values are plain Java
 * JSON values: String, Number, Boolean, List, Map or null.
 */
public final class ExtraFields {

    private ExtraFields() {}

    /** An unmodifiable copy that keeps insertion order; {@code null} becomes empty. */
    public static Map<String, Object> copyOf(Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
