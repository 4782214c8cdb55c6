package com.acme.tavus.adapter.web.api.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of conversations in Tavus's list envelope. */
@Schema(name = "ConversationList", description = "One page of conversations.")
record ConversationListResponse(
        @JsonProperty("data")
        @ArraySchema(arraySchema = @Schema(description = "The conversations on this page.",
                requiredMode = Schema.RequiredMode.REQUIRED))
        List<ConversationResponse> data,

        @JsonProperty("total_count")
        @Schema(description = "How many conversations match the filter across all pages.", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        long totalCount) {}
