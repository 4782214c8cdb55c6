package com.acme.tavus.domain.document;

import java.util.List;
import java.util.Objects;

/**
 * Which documents to list, in Tavus's terms: a 0-based page, the order, and optional filters on
 * status, on a name or id fragment ({@code name_or_uuid}) and on tags. Empty values mean "no
 * filter" and are normalised to {@code null} so they are never sent.
 */
public record DocumentFilter(
        DocumentPageRequest page,
        DocumentSort sort,
        DocumentStatus status,
        String nameOrUuid,
        List<String> tags) {

    public DocumentFilter {
        Objects.requireNonNull(page, "page");
        nameOrUuid = nameOrUuid == null || nameOrUuid.isBlank() ? null : nameOrUuid.strip();
        tags = tags == null ? null : tags.stream().filter(Objects::nonNull).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
        tags = tags == null || tags.isEmpty() ? null : tags;
    }

    /** Every document, first page, Tavus's default order. */
    public static DocumentFilter all() {
        return new DocumentFilter(DocumentPageRequest.defaults(), null, null, null, null);
    }
}
