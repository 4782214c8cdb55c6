package com.acme.tavus.domain.shared;

/**
 * RFC 6901 JSON Pointer syntax: empty (the whole document) or a sequence of {@code /}-prefixed
 * reference tokens in which {@code ~} appears only as {@code ~0} ({@code ~}) or {@code ~1}
 * ({@code /}).
 */
public final class JsonPointers {

    private JsonPointers() {}

    /** True when {@code pointer} is a syntactically valid JSON Pointer. */
    public static boolean isValid(String pointer) {
        return problem(pointer) == null;
    }

    /** What is wrong with {@code pointer}, or {@code null} when it is valid. */
    static String problem(String pointer) {
        if (pointer == null) {
            return "is required";
        }
        if (pointer.isEmpty()) {
            return null;
        }
        if (pointer.charAt(0) != '/') {
            return "must be empty or start with \"/\"";
        }
        for (var i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~') {
                var next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : 0;
                if (next != '0' && next != '1') {
                    return "\"~\" must be followed by 0 or 1 (write ~0 for \"~\" and ~1 for \"/\")";
                }
            }
        }
        return null;
    }
}
