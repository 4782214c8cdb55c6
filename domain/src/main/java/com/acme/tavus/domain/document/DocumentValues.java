package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.List;
import java.util.regex.Pattern;

/** Guards shared by the document requests: URLs Tavus can fetch and tag lists it can store. */
final class DocumentValues {

    /** An absolute http(s) URL with a host and no whitespace; Tavus fetches nothing else. */
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
    static final int MAX_URL_LENGTH = 2048;

    private DocumentValues() {}

    static String requireHttpUrl(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        return optionalHttpUrl(value, field);
    }

    static String optionalHttpUrl(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_URL_LENGTH || !HTTP_URL.matcher(value).matches()) {
            throw new InvalidValueException(field, "must be an http or https URL");
        }
        return value;
    }

    static String optionalName(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return value;
    }

    /** An unmodifiable copy; every tag must have text. {@code null} stays {@code null} (not sent). */
    static List<String> tags(List<String> tags, String field) {
        if (tags == null) {
            return null;
        }
        for (var i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || tags.get(i).isBlank()) {
                throw new InvalidValueException(field + "[" + i + "]", "must not be blank");
            }
        }
        return List.copyOf(tags);
    }
}
