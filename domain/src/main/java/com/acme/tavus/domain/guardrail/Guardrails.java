package com.acme.tavus.domain.guardrail;

import com.acme.tavus.domain.shared.ExtraFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A guardrails set as Tavus describes it. Its items stay JSON: Tavus documents them only for create,
 * and its newer per-item model shapes them differently, so the platform passes them through.
 *
 * @param status {@code active} once created
 * @param data the guardrails as plain Java JSON values; empty when Tavus sent none
 */
public record Guardrails(GuardrailsId id, String name, String status, List<Map<String, Object>> data,
        String createdAt, String updatedAt, Map<String, Object> extraFields) {

    public Guardrails {
        Objects.requireNonNull(id, "id");
        data = data == null ? List.of() : List.copyOf(data);
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
