package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The {@code properties} object of {@code POST /v2/replicas}, plus any extra properties. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReplicaPropertiesBody(
        Boolean gazeCorrection,
        Boolean backgroundGreenScreen,
        @JsonAnyGetter Map<String, Object> extraFields) {

    static final Set<String> KNOWN = Set.of("gaze_correction", "background_green_screen");

    ReplicaPropertiesBody {
        extraFields = ExtraJson.withoutKnown(extraFields, KNOWN);
    }

    /** True when sending it would add nothing, so the whole {@code properties} object can be left out. */
    boolean isEmpty() {
        return gazeCorrection == null && backgroundGreenScreen == null && extraFields.isEmpty();
    }
}
