package com.acme.tavus.adapter.web.api.persona;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a patch when there is no patched persona to show: Tavus said 304 (nothing changed)
 * or 200 without a body. A 304 is turned into a 200 on purpose: an HTTP 304 has no body and
 * clients and proxies treat it as a cache revalidation, which a PATCH is not.
 */
@Schema(name = "PersonaPatchOutcome",
        description = "Whether the patch changed the persona, when Tavus did not return the patched persona.")
record PersonaPatchOutcome(
        @JsonProperty("persona_id")
        @Schema(example = "p5317866", requiredMode = Schema.RequiredMode.REQUIRED)
        String personaId,

        @JsonProperty("changed")
        @Schema(description = "false when the patch left the persona as it was (Tavus answered 304).",
                example = "false", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean changed) {}
