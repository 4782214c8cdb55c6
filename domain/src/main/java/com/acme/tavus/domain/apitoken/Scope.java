package com.acme.tavus.domain.apitoken;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an API token may do. Read covers GET routes, write the mutating ones, admin token management. */
public enum Scope {
    READ,
    WRITE,
    ADMIN;

    /** The name clients and the database use: {@code read}, {@code write}, {@code admin}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope called {@code value} (ignoring case), or empty for a name that is not a scope. */
    public static Optional<Scope> fromValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value().equalsIgnoreCase(value)).findFirst();
    }

    /** {@code read, write, admin}: for messages that list what is allowed. */
    public static String allValues() {
        return Arrays.stream(values()).map(Scope::value).collect(Collectors.joining(", "));
    }
}
