package com.acme.tavus.adapter.tavus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every call the platform makes to Tavus, and whether repeating it is safe.
 *
 * <p>The name ({@code conversation-create}) keys per-operation timeouts ({@code
 * tavus.timeouts.operations.<name>}) and tags the upstream metrics.
 *
 * <p>Only reads, deletes and ending a conversation are {@linkplain #repeatable() repeatable}: doing
 * them twice leaves Tavus as doing them once. Everything else (create, patch, rename, update,
 * recrawl) may have taken effect when an answer goes missing, and a second create is a second billed
 * conversation, so those are repeated only when the request provably never left the platform (the
 * connection was refused). See ADR 0009.
 */
public enum TavusOperation {
    CONVERSATION_CREATE(Repeat.ONLY_IF_NEVER_SENT),
    CONVERSATION_GET(Repeat.SAFE),
    CONVERSATION_LIST(Repeat.SAFE),
    CONVERSATION_END(Repeat.SAFE),
    CONVERSATION_DELETE(Repeat.SAFE),
    REPLICA_CREATE(Repeat.ONLY_IF_NEVER_SENT),
    REPLICA_GET(Repeat.SAFE),
    REPLICA_LIST(Repeat.SAFE),
    REPLICA_RENAME(Repeat.ONLY_IF_NEVER_SENT),
    REPLICA_DELETE(Repeat.SAFE),
    PERSONA_CREATE(Repeat.ONLY_IF_NEVER_SENT),
    PERSONA_GET(Repeat.SAFE),
    PERSONA_LIST(Repeat.SAFE),
    PERSONA_PATCH(Repeat.ONLY_IF_NEVER_SENT),
    PERSONA_DELETE(Repeat.SAFE),
    DOCUMENT_CREATE(Repeat.ONLY_IF_NEVER_SENT),
    DOCUMENT_GET(Repeat.SAFE),
    DOCUMENT_LIST(Repeat.SAFE),
    DOCUMENT_UPDATE(Repeat.ONLY_IF_NEVER_SENT),
    DOCUMENT_RECRAWL(Repeat.ONLY_IF_NEVER_SENT),
    DOCUMENT_DELETE(Repeat.SAFE),
    GUARDRAILS_CREATE(Repeat.ONLY_IF_NEVER_SENT),
    GUARDRAILS_GET(Repeat.SAFE),
    GUARDRAILS_LIST(Repeat.SAFE),
    GUARDRAILS_PATCH(Repeat.ONLY_IF_NEVER_SENT),
    GUARDRAILS_DELETE(Repeat.SAFE),
    OBJECTIVES_CREATE(Repeat.ONLY_IF_NEVER_SENT),
    OBJECTIVES_GET(Repeat.SAFE),
    OBJECTIVES_LIST(Repeat.SAFE),
    OBJECTIVES_PATCH(Repeat.ONLY_IF_NEVER_SENT),
    OBJECTIVES_DELETE(Repeat.SAFE);

    /** When a failed call may be made again. */
    private enum Repeat {
        /** After any transient failure: a read, a delete, ending a conversation. */
        SAFE,
        /** Only when the request never reached Tavus: a connection that could not be opened. */
        ONLY_IF_NEVER_SENT
    }

    private static final Map<String, TavusOperation> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(operation -> normalized(operation.name()), Function.identity()));

    private final Repeat repeat;
    private final String operationName;

    TavusOperation(Repeat repeat) {
        this.repeat = repeat;
        this.operationName = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The configuration and metrics name, such as {@code conversation-create}. */
    public String operationName() {
        return operationName;
    }

    /** True when doing it twice has the same effect on Tavus as doing it once. */
    public boolean repeatable() {
        return repeat == Repeat.SAFE;
    }

    /**
     * The operation called {@code name}, ignoring case and separators ({@code conversation-create},
     * or {@code conversationcreate} as an environment variable yields it); fails naming the known
     * ones, so a typo in configuration is caught at start.
     */
    public static TavusOperation named(String name) {
        var operation = BY_NAME.get(normalized(name));
        if (operation == null) {
            throw new IllegalArgumentException("Unknown Tavus operation '" + name + "'; known: "
                    + Arrays.stream(values()).map(TavusOperation::operationName).sorted()
                            .collect(Collectors.joining(", ")));
        }
        return operation;
    }

    private static String normalized(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
