package com.acme.tavus.domain.persona;

import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.Objects;

/**
 * Which personas to list: a page, optionally only the account's own ({@code user}) or Tavus's stock
 * ({@code system}) personas.
 *
 * @param personaType {@code user}, {@code system} or {@code null} for both
 */
public record PersonaFilter(PageRequest page, String personaType) {

    public PersonaFilter {
        Objects.requireNonNull(page, "page");
        if (personaType != null && !personaType.equals("user") && !personaType.equals("system")) {
            throw new InvalidValueException("persona_type", "must be user or system");
        }
    }
}
