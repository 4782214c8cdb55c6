package com.acme.tavus.application.shared;

import java.util.UUID;

/**
 * Makes the platform's own ids (row ids, tracking ids). A port so tests can make ids predictable.
 * Time is the other ambient input; use cases take a {@link java.time.Clock} for it.
 */
@FunctionalInterface
public interface IdGenerator {

    UUID newId();

    static IdGenerator randomUuids() {
        return UUID::randomUUID;
    }
}
