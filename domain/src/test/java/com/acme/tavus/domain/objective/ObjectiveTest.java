package com.acme.tavus.domain.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

    @Test
    void objective_needsANameWithoutSpacesAndAPrompt() {
        var objective = new Objective("ask_if_new_patient", "Ask whether they are new.", "manual",
                List.of("patient_status"), null, Map.of("get_patient_name", "is new"), List.of("x"), null, null);
        assertThat(objective.nextConditionalObjectives()).containsEntry("get_patient_name", "is new");
        assertThatThrownBy(() -> new Objective(null, "p", null, null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessage("objective_name: is required");
        assertThatThrownBy(() -> new Objective("ask if new", "p", null, null, null, null, null, null, null))
                .hasMessage("objective_name: must not contain spaces");
        assertThatThrownBy(() -> new Objective("a", null, null, null, null, null, null, null, null))
                .hasMessage("objective_prompt: is required");
        assertThatThrownBy(() -> new Objective("a", "p", "sometimes", null, null, null, null, null, null))
                .hasMessage("confirmation_mode: must be auto or manual");
    }

    @Test
    void draft_needsAtLeastOneObjective() {
        assertThatThrownBy(() -> new ObjectivesDraft(List.of(), Map.of()))
                .hasMessage("data: must contain at least one objective");
    }

    @Test
    void id_isCheckedForSafeCharacters() {
        assertThatThrownBy(() -> ObjectivesId.of("o 1")).hasMessageStartingWith("objectives_id:");
    }
}
