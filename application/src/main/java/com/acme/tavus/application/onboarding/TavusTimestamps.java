package com.acme.tavus.application.onboarding;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads Tavus's timestamps, which come in several formats (TAVUS_API.md §0): ISO-8601 with a zone,
 * space-separated without one (taken as UTC), and RFC 1123.
 */
final class TavusTimestamps {

    private TavusTimestamps() {}

    /** The instant, or {@code null} when absent or unreadable (the caller then uses its own time). */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIsoWithZone) {
            // fall through
        }
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
