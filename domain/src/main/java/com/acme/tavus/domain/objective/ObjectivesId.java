package com.acme.tavus.domain.objective;

import com.acme.tavus.domain.shared.ResourceIds;

/** Identifies a Tavus objectives set, such as o12345. Opaque; only its characters are checked. */
public record ObjectivesId(String value) {

    public ObjectivesId {
        ResourceIds.requireSafe(value, "objectives_id");
    }

    public static ObjectivesId of(String value) {
        return new ObjectivesId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
