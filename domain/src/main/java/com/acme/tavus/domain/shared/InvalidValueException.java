package com.acme.tavus.domain.shared;

/**
 * A value handed to the model is malformed. {@link #field()} names the offending field in the
 * wire vocabulary (snake_case, dotted for nested fields) so the client learns exactly what to fix.
 */
public final class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String problem) {
        super("value.invalid", field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
