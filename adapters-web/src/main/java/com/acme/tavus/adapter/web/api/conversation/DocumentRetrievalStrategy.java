package com.acme.tavus.adapter.web.api.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** How Tavus searches the conversation's documents: the three values Tavus documents. */
@Schema(name = "DocumentRetrievalStrategy",
        description = "Trade-off for searching documents: speed, quality or balanced (Tavus default: balanced).")
enum DocumentRetrievalStrategy {
    @JsonProperty("speed")
    SPEED("speed"),
    @JsonProperty("quality")
    QUALITY("quality"),
    @JsonProperty("balanced")
    BALANCED("balanced");

    private final String wireValue;

    DocumentRetrievalStrategy(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as Tavus spells it, which is what the domain carries. */
    String wireValue() {
        return wireValue;
    }
}
