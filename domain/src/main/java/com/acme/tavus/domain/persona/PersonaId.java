package com.acme.tavus.domain.persona;

import com.acme.tavus.domain.shared.ResourceIds;

/** Identifies a Tavus persona (behaviour, prompt and layers), such as p24293d6. Opaque to the platform; only its characters are checked. */
public record PersonaId(String value) {

    public PersonaId {
        ResourceIds.requireSafe(value, "persona_id");
    }

    public static PersonaId of(String value) {
        return new PersonaId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
