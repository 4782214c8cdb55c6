package com.acme.tavus.domain.objective;

import com.acme.tavus.domain.shared.ExtraFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An objectives set as Tavus describes it. Items stay JSON for the same reason as guardrails: only
 * the create body is documented, and Tavus has changed the shape between versions.
 *
 * @param name Tavus's {@code objective_name} for the set (the create answer names it so)
 * @param status {@code active} once created
 */
public record Objectives(ObjectivesId id, String name, String status, List<Map<String, Object>> data,
        String createdAt, String updatedAt, Map<String, Object> extraFields) {

    public Objectives {
        Objects.requireNonNull(id, "id");
        data = data == null ? List.of() : List.copyOf(data);
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
