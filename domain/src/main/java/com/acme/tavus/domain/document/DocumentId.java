package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.ResourceIds;

/** Identifies a Tavus document, such as d8-5c71baca86fc. Opaque to the platform; only its characters are checked. */
public record DocumentId(String value) {

    public DocumentId {
        ResourceIds.requireSafe(value, "document_id");
    }

    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
