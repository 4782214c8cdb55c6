package com.acme.tavus.adapter.web.api.persona;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * A tool in the OpenAI function-tool shape, as Tavus takes it in {@code layers.llm.tools} and
 * {@code layers.perception.perception_tools}. Tavus does not run tools: a call reaches the client as
 * a {@code conversation.tool_call} app message. Unknown members are forwarded.
 */
@Schema(name = "FunctionTool", description = "A tool the persona may call, in the OpenAI function-tool shape.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record FunctionToolRequest(
        @JsonProperty("type")
        @Schema(description = "Always function.", allowableValues = "function", example = "function",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull
        @Pattern(regexp = "function", message = "must be \"function\"")
        String type,

        @JsonProperty("function")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull
        @Valid
        Function function,

        @JsonAnySetter
        @JsonAnyGetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {

    /** The function's name, description and JSON-Schema parameters. */
    @Schema(name = "FunctionToolFunction")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Function(
            @JsonProperty("name")
            @Schema(description = "How the LLM calls the function: 1-64 letters, digits, '_' or '-'.",
                    example = "add_schedule_event", pattern = "^[a-zA-Z0-9_-]{1,64}$",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull
            @Pattern(regexp = "^[a-zA-Z0-9_-]{1,64}$", message = "must be 1-64 letters, digits, '_' or '-'")
            String name,

            @JsonProperty("description")
            @Schema(description = "When the LLM should call the function.",
                    example = "Add a new event to the user's schedule")
            String description,

            @JsonProperty("parameters")
            @Schema(description = "The arguments as a JSON Schema; its type must be object.")
            @Valid
            Parameters parameters,

            @JsonAnySetter
            @JsonAnyGetter
            @Schema(hidden = true)
            Map<String, Object> extraFields) {}

    /** A JSON-Schema object describing the arguments; only its top-level shape is checked. */
    @Schema(name = "FunctionToolParameters")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Parameters(
            @JsonProperty("type")
            @Schema(allowableValues = "object", example = "object", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull
            @Pattern(regexp = "object", message = "must be \"object\" (parameters is a JSON-Schema object)")
            String type,

            @JsonProperty("properties")
            @Schema(description = "One JSON Schema per argument.",
                    example = "{\"title\": {\"type\": \"string\"}, \"start_time\": {\"type\": \"string\"}}")
            Map<String, Object> properties,

            @JsonProperty("required")
            @Schema(description = "The arguments the LLM must supply.", example = "[\"title\", \"start_time\"]")
            List<String> required,

            @JsonAnySetter
            @JsonAnyGetter
            @Schema(hidden = true)
            Map<String, Object> extraFields) {}
}
