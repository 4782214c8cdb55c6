package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The merge-style body of {@code PATCH /v2/documents/{id}}: only the fields to change are sent. An
 * empty {@code tags} list is sent as {@code []}, because it means "remove every tag".
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record UpdateDocumentBody(
        String documentName,
        List<String> tags,
        @JsonAnyGetter Map<String, Object> extraFields) {

    static final Set<String> KNOWN = Set.of("document_name", "tags");

    UpdateDocumentBody {
        extraFields = ExtraJson.withoutKnown(extraFields, KNOWN);
    }
}
