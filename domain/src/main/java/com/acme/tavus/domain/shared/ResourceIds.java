package com.acme.tavus.domain.shared;

import java.util.regex.Pattern;

/**
 * The one rule every Tavus resource id follows on this platform: a short token of letters, digits,
 * dashes and underscores. Tavus documents its ids only by example ({@code c123456},
 * {@code d8-5c71baca86fc}), so the rule is deliberately loose about shape but strict about
 * characters: an id is later placed into an upstream URL path, and nothing that could change that
 * path ({@code /}, {@code ..}, {@code %}, {@code ?}, {@code #}) may pass.
 */
public final class ResourceIds {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private ResourceIds() {}

    /** Returns {@code value} unchanged when it is a safe id; otherwise throws naming {@code field}. */
    public static String requireSafe(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        if (!SAFE_ID.matcher(value).matches()) {
            throw new InvalidValueException(
                    field, "must be 1-64 letters, digits, '-' or '_' and start with a letter or digit");
        }
        return value;
    }
}
