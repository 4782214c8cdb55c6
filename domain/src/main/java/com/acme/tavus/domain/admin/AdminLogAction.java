package com.acme.tavus.domain.admin;

import java.util.Arrays;
import java.util.Locale;

/** What an admin log entry records: Django's three action flags. */
public enum AdminLogAction {
    ADDITION,
    CHANGE,
    DELETION;

    /** As stored in {@code admin_log.action_flag}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AdminLogAction fromValue(String value) {
        return Arrays.stream(values())
                .filter(action -> action.value().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown admin log action: " + value));
    }
}
