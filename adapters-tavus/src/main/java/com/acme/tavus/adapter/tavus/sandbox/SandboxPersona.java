package com.acme.tavus.adapter.tavus.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A persona in the sandbox account. The persona is stored as Tavus would return it, a JSON
 * {@code document} (so JSON Patch can be applied to it as Tavus does); the typed components are the
 * parts other sandbox providers read, derived from the document by {@link #of(Map)}.
 *
 * @param defaultReplicaId the replica a conversation gets when it names none; may be {@code null}
 * @param systemPrompt what the persona is told; opens the simulated transcript
 * @param document the whole persona as plain Java JSON values, {@code persona_id} included
 */
record SandboxPersona(
        String id, String name, String defaultReplicaId, String systemPrompt, String createdAt,
        Map<String, Object> document) {

    SandboxPersona {
        Objects.requireNonNull(id, "id");
        document = SandboxJson.copy(document);
    }

    /** A persona with only the typed fields, as conversations first needed; the document holds just those. */
    SandboxPersona(String id, String name, String defaultReplicaId, String systemPrompt, String createdAt) {
        this(id, name, defaultReplicaId, systemPrompt, createdAt,
                minimalDocument(id, name, defaultReplicaId, systemPrompt, createdAt));
    }

    /** The persona a stored document describes. */
    static SandboxPersona of(Map<String, Object> document) {
        return new SandboxPersona((String) document.get("persona_id"), text(document, "persona_name"),
                text(document, "default_replica_id"), text(document, "system_prompt"), text(document, "created_at"),
                document);
    }

    String personaType() {
        return text(document, "persona_type");
    }

    private static String text(Map<String, Object> document, String field) {
        return document.get(field) instanceof String value ? value : null;
    }

    private static Map<String, Object> minimalDocument(
            String id, String name, String defaultReplicaId, String systemPrompt, String createdAt) {
        var document = new LinkedHashMap<String, Object>();
        document.put("persona_id", id);
        document.put("persona_name", name);
        document.put("system_prompt", systemPrompt);
        document.put("default_replica_id", defaultReplicaId);
        document.put("persona_type", "user");
        document.put("layers", Map.of());
        document.put("created_at", createdAt);
        document.put("updated_at", createdAt);
        return document;
    }
}
