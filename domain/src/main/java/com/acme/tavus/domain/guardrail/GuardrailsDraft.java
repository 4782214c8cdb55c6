package com.acme.tavus.domain.guardrail;

import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;

/** A guardrails set to create ({@code POST /v2/guardrails}, the stored docs' set-based model). */
public record GuardrailsDraft(String name, List<Guardrail> guardrails, Map<String, Object> extraFields) {

    public GuardrailsDraft {
        if (guardrails == null || guardrails.isEmpty()) {
            throw new InvalidValueException("data", "must contain at least one guardrail");
        }
        guardrails = List.copyOf(guardrails);
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
