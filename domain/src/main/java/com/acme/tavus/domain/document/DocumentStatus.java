package com.acme.tavus.domain.document;

import java.util.Locale;

/**
 * A document's processing status as Tavus reports it: {@code started} (just created),
 * {@code processing}, {@code ready}, {@code error}, or {@code recrawling}. Any other value a newer
 * Tavus sends is kept verbatim instead of failing the request.
 */
public record DocumentStatus(String value) {

    public static final DocumentStatus STARTED = new DocumentStatus("started");
    public static final DocumentStatus PROCESSING = new DocumentStatus("processing");
    public static final DocumentStatus READY = new DocumentStatus("ready");
    public static final DocumentStatus ERROR = new DocumentStatus("error");
    public static final DocumentStatus RECRAWLING = new DocumentStatus("recrawling");

    public DocumentStatus {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("status value is required");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static DocumentStatus of(String value) {
        return new DocumentStatus(value);
    }

    /** Tavus only recrawls a document whose last run is over, successful or not. */
    public boolean allowsRecrawl() {
        return equals(READY) || equals(ERROR);
    }

    @Override
    public String toString() {
        return value;
    }
}
