package com.acme.tavus.domain.conversation;

import com.acme.tavus.domain.shared.PageRequest;
import java.util.Objects;

/** Which conversations to list: a page, optionally only those with one status. */
public record ConversationFilter(PageRequest page, ConversationStatus status) {

    public ConversationFilter {
        Objects.requireNonNull(page, "page");
    }
}
