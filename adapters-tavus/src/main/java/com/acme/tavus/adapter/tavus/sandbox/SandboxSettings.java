package com.acme.tavus.adapter.tavus.sandbox;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the sandbox presents itself to callers.
 *
 * @param conversationUrlPrefix where sandbox calls "live", such as
 *     {@code http://localhost:8080/sandbox/calls}; a conversation's URL is this prefix, a slash and
 *     its id. It points at the platform itself because there is no Daily room behind a sandbox call.
 *     A supplier, read whenever a URL is written, because the platform's port may only be known
 *     once the server listens.
 */
public record SandboxSettings(Supplier<String> conversationUrlPrefix) {

    public SandboxSettings {
        Objects.requireNonNull(conversationUrlPrefix, "conversationUrlPrefix");
    }

    /** Settings with a fixed prefix, checked at once. */
    public SandboxSettings(String conversationUrlPrefix) {
        this(constant(normalised(conversationUrlPrefix)));
    }

    String conversationUrl(String conversationId) {
        return normalised(conversationUrlPrefix.get()) + "/" + conversationId;
    }

    private static Supplier<String> constant(String prefix) {
        return () -> prefix;
    }

    private static String normalised(String prefix) {
        Objects.requireNonNull(prefix, "conversationUrlPrefix");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("conversationUrlPrefix must not be blank");
        }
        var trimmed = prefix;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
