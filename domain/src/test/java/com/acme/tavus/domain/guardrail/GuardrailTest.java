package com.acme.tavus.domain.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Modality;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardrailTest {

    @Test
    void guardrail_needsAWordNameAndAPrompt() {
        assertThat(new Guardrail("healthcare_compliance_guardrail", "No diagnoses.", Modality.VERBAL, null, null).name())
                .isEqualTo("healthcare_compliance_guardrail");
        assertThatThrownBy(() -> new Guardrail(null, "p", null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessage("guardrail_name: is required");
        assertThatThrownBy(() -> new Guardrail("no-dashes", "p", null, null, null))
                .hasMessage("guardrail_name: may contain only letters, digits and underscores");
        assertThatThrownBy(() -> new Guardrail("ok", " ", null, null, null))
                .hasMessage("guardrail_prompt: is required");
    }

    @Test
    void draft_needsAtLeastOneGuardrail() {
        assertThatThrownBy(() -> new GuardrailsDraft("set", List.of(), Map.of()))
                .hasMessage("data: must contain at least one guardrail");
    }

    @Test
    void modality_readsOnlyDocumentedValues() {
        assertThat(Modality.of("visual", "modality")).isEqualTo(Modality.VISUAL);
        assertThatThrownBy(() -> Modality.of("audio", "data[0].modality"))
                .hasMessage("data[0].modality: must be verbal or visual");
    }

    @Test
    void id_isCheckedForSafeCharacters() {
        assertThatThrownBy(() -> GuardrailsId.of("g/1")).hasMessageStartingWith("guardrails_id:");
    }
}
