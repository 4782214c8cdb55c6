package com.acme.tavus.domain.guardrail;

import com.acme.tavus.domain.shared.ResourceIds;

/** Identifies a Tavus guardrails set, such as g12345. Opaque; only its characters are checked. */
public record GuardrailsId(String value) {

    public GuardrailsId {
        ResourceIds.requireSafe(value, "guardrails_id");
    }

    public static GuardrailsId of(String value) {
        return new GuardrailsId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
