package com.acme.tavus.domain.objective;

import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;

/** An objectives set to create ({@code POST /v2/objectives}, the stored docs' set-based model). */
public record ObjectivesDraft(List<Objective> objectives, Map<String, Object> extraFields) {

    public ObjectivesDraft {
        if (objectives == null || objectives.isEmpty()) {
            throw new InvalidValueException("data", "must contain at least one objective");
        }
        objectives = List.copyOf(objectives);
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
