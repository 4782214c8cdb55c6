package com.acme.tavus.domain.persona;

import com.acme.tavus.domain.shared.ExtraFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Tavus persona as the provider describes it: the prompt, context and defaults that drive a
 * replica in conversations. The fields the platform reasons about are typed; {@code layers} (LLM,
 * TTS, STT, perception, conversational flow) stays a JSON map because its shape differs between
 * Tavus versions and the platform only passes it through. Strings are kept as Tavus wrote them.
 *
 * @param pipelineMode as Tavus wrote it ({@code full}, {@code echo}, or a newer value); may be {@code null}
 * @param personaType {@code user} or {@code system} (Tavus stock personas); may be {@code null}
 * @param layers the persona's layers as plain Java JSON values; empty when Tavus sent none
 * @param extraFields everything else Tavus returned
 */
public record Persona(
        PersonaId id,
        String name,
        String systemPrompt,
        String context,
        String pipelineMode,
        String defaultReplicaId,
        List<String> documentIds,
        List<String> documentTags,
        Map<String, Object> layers,
        String personaType,
        String createdAt,
        String updatedAt,
        Map<String, Object> extraFields) {

    public Persona {
        Objects.requireNonNull(id, "id");
        documentIds = documentIds == null ? null : List.copyOf(documentIds);
        documentTags = documentTags == null ? null : List.copyOf(documentTags);
        layers = ExtraFields.copyOf(layers);
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
