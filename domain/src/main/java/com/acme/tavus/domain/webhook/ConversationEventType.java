package com.acme.tavus.domain.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of outbound conversation events, by their wire name ({@code type} of the payload). */
public enum ConversationEventType {
    /** The platform created the conversation on Tavus and tracks it. */
    CREATED("conversation.created"),
    /** The replica joined the call. */
    ACTIVE("conversation.active"),
    /** The call is over; carries the transcript when it was already known. */
    COMPLETED("conversation.completed"),
    /** The transcript arrived after the completion event was recorded. */
    TRANSCRIPT_READY("conversation.transcript_ready"),
    /** The conversation was deleted through the platform. */
    DELETED("conversation.deleted");

    private final String value;

    ConversationEventType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<ConversationEventType> fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
    }
}
