package com.acme.tavus.adapter.web.api.document;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PATCH /tavus-api-calls/documents/{document_id}/update/}: a merge-style change. At
 * least one field is needed (the domain checks it, naming the fields).
 */
@Schema(name = "UpdateDocumentRequest",
        description = "What to change; fields left out stay as they are. tags replaces the whole list ([] removes "
                + "every tag). At least one field is required.")
record UpdateDocumentRequest(
        @JsonProperty("document_name")
        @Schema(description = "The new name.", example = "Employee handbook 2025")
        String documentName,

        @JsonProperty("tags")
        @Schema(description = "The new tags, replacing the old ones.", example = "[\"hr\", \"policies\"]")
        List<@NotBlank String> tags,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
