package com.acme.tavus.domain.persona;

import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;

/**
 * What to create on Tavus: every field of {@code POST /v2/personas}. A persona on the full pipeline
 * (the default) talks through an LLM, so it needs a system prompt; an echo persona does not.
 *
 * @param pipelineMode {@code null} means Tavus's default, {@link PipelineMode#FULL}
 * @param layers the layers as plain Java JSON values, already checked by the caller's adapter
 * @param extraFields fields the platform does not model, forwarded unchanged
 */
public record PersonaDraft(
        String name,
        String systemPrompt,
        String context,
        PipelineMode pipelineMode,
        ReplicaId defaultReplicaId,
        List<String> documentIds,
        List<String> documentTags,
        Map<String, Object> layers,
        Map<String, Object> extraFields) {

    public PersonaDraft {
        if ((pipelineMode == null || pipelineMode == PipelineMode.FULL)
                && (systemPrompt == null || systemPrompt.isBlank())) {
            throw new InvalidValueException("system_prompt", "is required when pipeline_mode is full (the default)");
        }
        documentIds = documentIds == null ? null : List.copyOf(documentIds);
        documentTags = documentTags == null ? null : List.copyOf(documentTags);
        layers = ExtraFields.copyOf(layers);
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
