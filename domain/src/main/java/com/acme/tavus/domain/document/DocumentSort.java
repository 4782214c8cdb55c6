package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/** The order of a document listing, by creation time; Tavus's default is ascending (oldest first). */
public enum DocumentSort {
    ASCENDING("ascending"),
    DESCENDING("descending");

    private final String value;

    DocumentSort(String value) {
        this.value = value;
    }

    /** The value as Tavus spells it in the {@code sort} query parameter. */
    public String value() {
        return value;
    }

    public static DocumentSort fromValue(String value) {
        return Arrays.stream(values())
                .filter(sort -> sort.value.equals(value == null ? null : value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("sort", "must be ascending or descending"));
    }
}
