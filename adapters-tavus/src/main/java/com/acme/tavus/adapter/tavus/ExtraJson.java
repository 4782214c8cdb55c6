package com.acme.tavus.adapter.tavus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Helpers for the pass-through fields that wire DTOs carry next to their modelled ones. */
final class ExtraJson {

    private ExtraJson() {}

    /**
     * The extra fields without those the DTO already models, so a pass-through value can never
     * produce a duplicate key or override a validated field.
     */
    static Map<String, Object> withoutKnown(Map<String, Object> extra, Set<String> known) {
        if (extra == null || extra.isEmpty()) {
            return Map.of();
        }
        var kept = new LinkedHashMap<String, Object>();
        extra.forEach((key, value) -> {
            if (!known.contains(key)) {
                kept.put(key, value);
            }
        });
        return Collections.unmodifiableMap(kept);
    }

    /** A mutable-free view of what Jackson collected; {@code null} becomes empty. */
    static Map<String, Object> orEmpty(Map<String, Object> extra) {
        return extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
