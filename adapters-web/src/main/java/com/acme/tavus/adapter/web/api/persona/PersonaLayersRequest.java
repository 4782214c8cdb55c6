package com.acme.tavus.adapter.web.api.persona;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * A persona's layers, typed where Tavus documents them so that OpenAPI shows them and mistakes are
 * caught here; every level also forwards members it does not know, because the layer schemas change
 * between Tavus versions (see TAVUS_API §3.1 and §9).
 */
@Schema(name = "PersonaLayers", description = "The persona's pipeline layers; all optional. "
        + "Members not listed here are forwarded to Tavus unchanged.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonaLayersRequest(
        @JsonProperty("llm") @Valid Llm llm,
        @JsonProperty("tts") @Valid Tts tts,
        @JsonProperty("stt") @Valid Stt stt,
        @JsonProperty("perception") @Valid Perception perception,
        @JsonProperty("conversational_flow") @Valid ConversationalFlow conversationalFlow,
        @JsonAnySetter @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extraFields) {

    /** The language model: a Tavus-hosted one, or any OpenAI-compatible endpoint. */
    @Schema(name = "LlmLayer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Llm(
            @JsonProperty("model")
            @Schema(description = "tavus-gpt-oss (default), tavus-gpt-4o, tavus-gpt-4o-mini, tavus-llama, ... "
                    + "or your own model's name together with base_url.", example = "tavus-llama")
            String model,

            @JsonProperty("base_url")
            @Schema(description = "Your OpenAI-compatible endpoint, without a route suffix.",
                    example = "https://llm.example.com/v1")
            @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            String baseUrl,

            @JsonProperty("api_key")
            @Schema(description = "Key for base_url. Tavus echoes it back on reads.")
            String apiKey,

            @JsonProperty("speculative_inference")
            @Schema(description = "Start generating before the user has finished speaking.", example = "true")
            Boolean speculativeInference,

            @JsonProperty("headers")
            @Schema(description = "Extra HTTP headers for base_url.")
            Map<String, String> headers,

            @JsonProperty("extra_body")
            @Schema(description = "Extra request members, such as temperature.",
                    example = "{\"temperature\": 0.7, \"top_p\": 0.9}")
            Map<String, Object> extraBody,

            @JsonProperty("tools")
            @ArraySchema(schema = @Schema(implementation = FunctionToolRequest.class))
            List<@Valid FunctionToolRequest> tools,

            @JsonAnySetter @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extraFields) {}

    /** Text to speech. */
    @Schema(name = "TtsLayer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tts(
            @JsonProperty("tts_engine")
            @Schema(allowableValues = {"cartesia", "elevenlabs"}, example = "cartesia")
            @Pattern(regexp = "cartesia|elevenlabs", message = "must be cartesia or elevenlabs")
            String ttsEngine,

            @JsonProperty("api_key")
            @Schema(description = "Only for private voices.")
            String apiKey,

            @JsonProperty("external_voice_id")
            @Schema(description = "The engine's voice id.")
            String externalVoiceId,

            @JsonProperty("tts_model_name")
            @Schema(example = "sonic")
            String ttsModelName,

            @JsonProperty("tts_emotion_control")
            @Schema(description = "Cartesia only.", example = "true")
            Boolean ttsEmotionControl,

            @JsonProperty("voice_settings")
            @Schema(description = "Engine-specific: Cartesia speed and emotion; ElevenLabs speed, stability, "
                    + "similarity_boost, style, use_speaker_boost.",
                    example = "{\"speed\": \"normal\", \"emotion\": [\"positivity:high\"]}")
            Map<String, Object> voiceSettings,

            @JsonAnySetter @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extraFields) {}

    /** Speech to text. Tavus has moved turn-taking settings to conversational_flow; old ones are forwarded. */
    @Schema(name = "SttLayer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stt(
            @JsonProperty("stt_engine")
            @Schema(description = "tavus-turbo or tavus-advanced.", example = "tavus-advanced")
            String sttEngine,

            @JsonProperty("hotwords")
            @Schema(description = "Example phrases and names to listen for (a string in the docs; "
                    + "an array is forwarded too).", example = "DRAKO, standup, retro")
            Object hotwords,

            @JsonAnySetter @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extraFields) {}

    /** What the replica sees. */
    @Schema(name = "PerceptionLayer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Perception(
            @JsonProperty("perception_model")
            @Schema(allowableValues = {"raven-0", "basic", "off"}, example = "raven-0")
            @Pattern(regexp = "raven-0|basic|off", message = "must be raven-0, basic or off")
            String perceptionModel,

            @JsonProperty("ambient_awareness_queries")
            @Schema(example = "[\"Is the user looking at the screen?\"]")
            List<String> ambientAwarenessQueries,

            @JsonProperty("perception_tool_prompt")
            String perceptionToolPrompt,

            @JsonProperty("perception_tools")
            @ArraySchema(schema = @Schema(implementation = FunctionToolRequest.class))
            List<@Valid FunctionToolRequest> perceptionTools,

            @JsonAnySetter @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extraFields) {}

    /** Turn taking. Left out entirely, every setting is off. */
    @Schema(name = "ConversationalFlowLayer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConversationalFlow(
            @JsonProperty("turn_detection_model")
            @Schema(allowableValues = {"sparrow-1", "sparrow-0", "time-based"}, example = "sparrow-1")
            @Pattern(regexp = "sparrow-1|sparrow-0|time-based", message = "must be sparrow-1, sparrow-0 or time-based")
            String turnDetectionModel,

            @JsonProperty("turn_taking_patience")
            @Schema(allowableValues = {"low", "medium", "high"}, example = "medium")
            @Pattern(regexp = "low|medium|high", message = "must be low, medium or high")
            String turnTakingPatience,

            @JsonProperty("replica_interruptibility")
            @Schema(allowableValues = {"low", "medium", "high"}, example = "medium")
            @Pattern(regexp = "low|medium|high", message = "must be low, medium or high")
            String replicaInterruptibility,

            @JsonAnySetter @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extraFields) {}
}
