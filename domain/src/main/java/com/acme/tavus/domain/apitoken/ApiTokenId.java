package com.acme.tavus.domain.apitoken;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.UUID;

/** The public, non-secret id of a database API token: how admins name it to read or revoke it. */
public record ApiTokenId(UUID value) {

    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id a client sent; anything but a UUID is an {@link InvalidValueException} on {@code id}. */
    public static ApiTokenId of(String value) {
        try {
            return new ApiTokenId(UUID.fromString(value == null ? "" : value.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "must be a token id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
