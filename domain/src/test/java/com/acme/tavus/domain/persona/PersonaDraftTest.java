package com.acme.tavus.domain.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonaDraftTest {

    @Test
    void fullPipeline_needsASystemPrompt() {
        assertThatThrownBy(() -> draft(null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("system_prompt: is required when pipeline_mode is full (the default)");
        assertThatThrownBy(() -> draft(PipelineMode.FULL, " "))
                .hasMessageStartingWith("system_prompt:");
    }

    @Test
    void echoPipeline_needsNoSystemPrompt() {
        assertThat(draft(PipelineMode.ECHO, null).pipelineMode()).isEqualTo(PipelineMode.ECHO);
    }

    @Test
    void pipelineMode_readsOnlyDocumentedValues() {
        assertThat(PipelineMode.of("echo")).isEqualTo(PipelineMode.ECHO);
        assertThatThrownBy(() -> PipelineMode.of("custom")).hasMessage("pipeline_mode: must be full or echo");
    }

    @Test
    void filter_acceptsOnlyUserOrSystem() {
        assertThat(new PersonaFilter(PageRequest.defaults(), "system").personaType()).isEqualTo("system");
        assertThatThrownBy(() -> new PersonaFilter(PageRequest.defaults(), "stock"))
                .hasMessage("persona_type: must be user or system");
    }

    private static PersonaDraft draft(PipelineMode mode, String systemPrompt) {
        return new PersonaDraft("DRAKO", systemPrompt, null, mode, null, null, null, Map.of("llm", Map.of()), Map.of());
    }
}
