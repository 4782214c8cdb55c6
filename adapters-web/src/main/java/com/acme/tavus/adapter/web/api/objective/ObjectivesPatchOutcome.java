package com.acme.tavus.adapter.web.api.objective;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a patch when Tavus returned no set: 304 (changed=false) or 200 without a body. */
@Schema(name = "ObjectivesPatchOutcome",
        description = "Whether the patch changed the set, when Tavus did not return the patched set.")
record ObjectivesPatchOutcome(
        @JsonProperty("objectives_id")
        @Schema(example = "o12345", requiredMode = Schema.RequiredMode.REQUIRED)
        String objectivesId,

        @JsonProperty("changed")
        @Schema(example = "false", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean changed) {}
