package com.acme.tavus.adapter.tavus.sandbox;

import java.util.Objects;

/**
 * How the sandbox presents itself to callers.
 *
 * @param conversationUrlPrefix where sandbox calls "live", such as
 *     {@code http://localhost:8080/sandbox/calls}; a conversation's URL is this prefix, a slash and
 *     its id. It points at the platform itself because there is no Daily room behind a sandbox call.
 */
public record SandboxSettings(String conversationUrlPrefix) {

    public SandboxSettings {
        Objects.requireNonNull(conversationUrlPrefix, "conversationUrlPrefix");
        if (conversationUrlPrefix.isBlank()) {
            throw new IllegalArgumentException("conversationUrlPrefix must not be blank");
        }
        while (conversationUrlPrefix.endsWith("/")) {
            conversationUrlPrefix = conversationUrlPrefix.substring(0, conversationUrlPrefix.length() - 1);
        }
    }

    String conversationUrl(String conversationId) {
        return conversationUrlPrefix + "/" + conversationId;
    }
}
