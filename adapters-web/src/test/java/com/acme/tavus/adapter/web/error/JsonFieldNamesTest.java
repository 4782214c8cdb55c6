package com.acme.tavus.adapter.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldNamesTest {

    record Inner(@JsonProperty("max_call_duration") Integer maxCallDuration, @JsonProperty("odd-Name") String odd) {}

    record Outer(
            @JsonProperty("properties") Inner properties,
            @JsonProperty("document_ids") List<String> documentIds,
            @JsonProperty("items") List<Inner> items) {}

    @Test
    void toJsonPath_usesJsonPropertyNames_alongNestedAndIndexedPaths() {
        assertThat(JsonFieldNames.toJsonPath(Outer.class, "properties.maxCallDuration"))
                .isEqualTo("properties.max_call_duration");
        assertThat(JsonFieldNames.toJsonPath(Outer.class, "documentIds[0]")).isEqualTo("document_ids[0]");
        assertThat(JsonFieldNames.toJsonPath(Outer.class, "items[2].odd")).isEqualTo("items[2].odd-Name");
    }

    @Test
    void toJsonPath_fallsBackToSnakeCase_forUnknownFields() {
        assertThat(JsonFieldNames.toJsonPath(Outer.class, "somethingElse.deeperField"))
                .isEqualTo("something_else.deeper_field");
        assertThat(JsonFieldNames.toJsonPath(Outer.class, "")).isEmpty();
    }
}
