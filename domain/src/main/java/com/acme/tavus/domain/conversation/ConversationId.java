package com.acme.tavus.domain.conversation;

import com.acme.tavus.domain.shared.ResourceIds;

/** Identifies a Tavus conversation, such as c123456. Opaque to the platform; only its characters are checked. */
public record ConversationId(String value) {

    public ConversationId {
        ResourceIds.requireSafe(value, "conversation_id");
    }

    public static ConversationId of(String value) {
        return new ConversationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
