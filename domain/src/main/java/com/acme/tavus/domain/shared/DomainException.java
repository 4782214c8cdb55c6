package com.acme.tavus.domain.shared;

/**
 * A rule of the model was broken. Each subclass carries a stable {@link #code()} so adapters can map
 * it to their own error vocabulary (an HTTP status, a log field) without parsing the message.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, dot-separated identifier such as {@code conversation.invalid_request}. */
    public String code() {
        return code;
    }
}
