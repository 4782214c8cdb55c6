package com.acme.tavus.adapter.web.api.replica;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The {@code properties} object of a create-replica request. Both flags are optional; properties
 * this version does not know are kept in {@link #extraFields()} and forwarded to Tavus unchanged.
 */
@Schema(name = "ReplicaProperties",
        description = "Training options. Every field is optional; fields not listed here are forwarded to Tavus "
                + "unchanged.")
record ReplicaPropertiesRequest(
        @JsonProperty("gaze_correction")
        @Schema(description = "Make the replica look into the camera even where the footage does not.",
                example = "true")
        Boolean gazeCorrection,

        @JsonProperty("background_green_screen")
        @Schema(description = "Train the replica on a green background, for compositing.", example = "false")
        Boolean backgroundGreenScreen,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
