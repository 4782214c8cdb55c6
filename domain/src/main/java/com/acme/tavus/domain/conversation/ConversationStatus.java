package com.acme.tavus.domain.conversation;

import java.util.Locale;

/**
 * A conversation's status as Tavus reports it. Tavus documents {@code active} and {@code ended};
 * any other value a newer Tavus sends is kept verbatim instead of failing the request.
 */
public record ConversationStatus(String value) {

    public static final ConversationStatus ACTIVE = new ConversationStatus("active");
    public static final ConversationStatus ENDED = new ConversationStatus("ended");

    public ConversationStatus {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("status value is required");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static ConversationStatus of(String value) {
        return new ConversationStatus(value);
    }

    public boolean isEnded() {
        return this.equals(ENDED);
    }

    @Override
    public String toString() {
        return value;
    }
}
