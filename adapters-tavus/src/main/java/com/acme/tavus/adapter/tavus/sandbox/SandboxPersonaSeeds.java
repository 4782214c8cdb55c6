package com.acme.tavus.adapter.tavus.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The personas a fresh sandbox account holds, complete with plausible layers so that getting,
 * listing and patching them (say {@code /layers/llm/model}) behaves as on Tavus.
 */
final class SandboxPersonaSeeds {

    private SandboxPersonaSeeds() {}

    /** Tavus's stock "Celebrity DJ" persona: a {@code system} persona on the stock replica Nathan. */
    static SandboxPersona celebrityDj(String id, String replicaId, String seededAt) {
        return SandboxPersona.of(document(id, "Celebrity DJ", "system",
                "You are Celebrity DJ, an upbeat radio host who loves talking about music.",
                "You host a late-night request show and know every chart hit since the sixties.",
                replicaId, seededAt, Map.of(
                        "llm", Map.of("model", "tavus-gpt-oss", "speculative_inference", true),
                        "tts", Map.of("tts_engine", "cartesia", "tts_emotion_control", true,
                                "voice_settings", Map.of("speed", "normal", "emotion", List.of("positivity:high"))),
                        "stt", Map.of("stt_engine", "tavus-advanced", "hotwords", "Tavus, Celebrity DJ"),
                        "perception", Map.of("perception_model", "raven-0"),
                        "conversational_flow", Map.of("turn_detection_model", "sparrow-1",
                                "turn_taking_patience", "medium", "replica_interruptibility", "medium"))));
    }

    /** The docs' example persona "Life Coach", a {@code user} persona. */
    static SandboxPersona lifeCoach(String id, String replicaId, String seededAt) {
        return SandboxPersona.of(document(id, "Life Coach", "user",
                "You are a warm, practical life coach.",
                "You help people set goals and build habits that last.",
                replicaId, seededAt, Map.of(
                        "llm", Map.of("model", "tavus-gpt-4o-mini",
                                "extra_body", Map.of("temperature", 0.7, "top_p", 0.9)),
                        "tts", Map.of("tts_engine", "cartesia", "tts_model_name", "sonic"),
                        "stt", Map.of("stt_engine", "tavus-turbo", "hotwords", "goals, habits"),
                        "perception", Map.of("perception_model", "basic"))));
    }

    private static Map<String, Object> document(String id, String name, String type, String systemPrompt,
            String context, String replicaId, String seededAt, Map<String, Object> layers) {
        var document = new LinkedHashMap<String, Object>();
        document.put("persona_id", id);
        document.put("persona_name", name);
        document.put("persona_type", type);
        document.put("pipeline_mode", "full");
        document.put("system_prompt", systemPrompt);
        document.put("context", context);
        document.put("default_replica_id", replicaId);
        document.put("document_ids", List.of());
        document.put("document_tags", List.of());
        document.put("layers", layers);
        document.put("created_at", seededAt);
        document.put("updated_at", seededAt);
        return document;
    }
}
