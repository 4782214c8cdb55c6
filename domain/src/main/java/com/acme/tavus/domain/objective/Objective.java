package com.acme.tavus.domain.objective;

import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Modality;
import java.util.List;
import java.util.Map;

/**
 * One step of a conversation's plan: what the replica should achieve, how completion is confirmed,
 * what it collects, and which objectives follow.
 *
 * @param name no spaces, as Tavus requires
 * @param confirmationMode {@code auto} (Tavus's default) or {@code manual}; {@code null} for the default
 * @param nextConditionalObjectives objective name → condition under which it comes next
 */
public record Objective(String name, String prompt, String confirmationMode, List<String> outputVariables,
        Modality modality, Map<String, String> nextConditionalObjectives, List<String> nextRequiredObjectives,
        String callbackUrl, Map<String, Object> extraFields) {

    public Objective {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("objective_name", "is required");
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException("objective_name", "must not contain spaces");
        }
        if (prompt == null || prompt.isBlank()) {
            throw new InvalidValueException("objective_prompt", "is required");
        }
        if (confirmationMode != null && !confirmationMode.equals("auto") && !confirmationMode.equals("manual")) {
            throw new InvalidValueException("confirmation_mode", "must be auto or manual");
        }
        outputVariables = outputVariables == null ? null : List.copyOf(outputVariables);
        nextConditionalObjectives = nextConditionalObjectives == null ? null : Map.copyOf(nextConditionalObjectives);
        nextRequiredObjectives = nextRequiredObjectives == null ? null : List.copyOf(nextRequiredObjectives);
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
