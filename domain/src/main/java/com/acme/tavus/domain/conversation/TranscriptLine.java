package com.acme.tavus.domain.conversation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One turn of a call's transcript as Tavus reports it ({@code {"role", "content"}}); roles are
 * {@code system}, {@code user} and {@code assistant}, but any role Tavus sends is kept.
 */
public record TranscriptLine(String role, String content) {

    public TranscriptLine {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
    }

    /**
     * The transcript as text for people: one {@code role: content} line per turn. The system prompt
     * is left out; it is the persona's instructions, not something anyone said.
     */
    public static String readableText(List<TranscriptLine> lines) {
        return lines.stream()
                .filter(line -> !"system".equalsIgnoreCase(line.role()))
                .map(line -> line.role() + ": " + line.content())
                .collect(Collectors.joining("\n"));
    }
}
