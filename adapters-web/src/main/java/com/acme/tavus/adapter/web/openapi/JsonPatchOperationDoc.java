package com.acme.tavus.adapter.web.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The OpenAPI description of one RFC 6902 operation. Documentation only: patch bodies are read as
 * plain JSON and checked by the domain's {@code JsonPatch}, which names the wrong operation.
 */
@Schema(name = "JsonPatchOperation", description = "One RFC 6902 operation. value is required for add, "
        + "replace and test; from for copy and move. Paths are JSON Pointers (RFC 6901): empty or starting "
        + "with /, with ~ written as ~0 and / inside a name as ~1.")
public record JsonPatchOperationDoc(
        @JsonProperty("op")
        @Schema(allowableValues = {"add", "remove", "replace", "copy", "move", "test"}, example = "replace",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String op,

        @JsonProperty("path")
        @Schema(example = "/context", requiredMode = Schema.RequiredMode.REQUIRED)
        String path,

        @JsonProperty("from")
        @Schema(description = "Source pointer for copy and move.", example = "/layers/llm")
        String from,

        @JsonProperty("value")
        @Schema(description = "Any JSON value.", example = "Updated context...")
        Object value) {}
