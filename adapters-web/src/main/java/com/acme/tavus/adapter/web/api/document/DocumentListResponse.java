package com.acme.tavus.adapter.web.api.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Tavus's document list envelope: the page's items, the total, and the page and size that were served. */
@Schema(name = "DocumentList", description = "One page of documents. Pages count from 0.")
record DocumentListResponse(
        @JsonProperty("data")
        @ArraySchema(arraySchema = @Schema(description = "The documents on this page.",
                requiredMode = Schema.RequiredMode.REQUIRED))
        List<DocumentResponse> data,

        @JsonProperty("total_count")
        @Schema(description = "How many documents match the filter across all pages.", example = "42",
                requiredMode = Schema.RequiredMode.REQUIRED)
        long totalCount,

        @JsonProperty("page")
        @Schema(description = "This page's number, from 0.", example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
        int page,

        @JsonProperty("limit")
        @Schema(description = "The page size.", example = "10", requiredMode = Schema.RequiredMode.REQUIRED)
        int limit) {}
