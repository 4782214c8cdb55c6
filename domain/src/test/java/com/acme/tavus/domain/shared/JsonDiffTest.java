package com.acme.tavus.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    @Test
    void between_equalDocuments_isEmpty() {
        var doc = Map.<String, Object>of("a", 1, "b", List.of(1, 2), "c", Map.of("d", "e"));

        assertThat(JsonDiff.between(doc, Map.of("a", 1.0, "b", List.of(1, 2), "c", Map.of("d", "e")))).isEmpty();
    }

    @Test
    void between_changedDocuments_addsRemovesReplacesAndRecursesIntoObjects() {
        var before = new LinkedHashMap<String, Object>();
        before.put("persona_name", "Old");
        before.put("context", "gone");
        before.put("layers", Map.of("llm", Map.of("model", "tavus-llama", "speculative_inference", true)));
        before.put("document_tags", List.of("a"));
        var after = new LinkedHashMap<String, Object>();
        after.put("persona_name", "New");
        after.put("layers", Map.of("llm", Map.of("model", "tavus-gpt-4o", "speculative_inference", true)));
        after.put("document_tags", List.of("a", "b"));
        after.put("a/b~c", null);

        var patch = JsonDiff.between(before, after).orElseThrow();

        assertThat(patch.toJson()).containsExactlyInAnyOrder(
                Map.of("op", "replace", "path", "/persona_name", "value", "New"),
                Map.of("op", "remove", "path", "/context"),
                Map.of("op", "replace", "path", "/layers/llm/model", "value", "tavus-gpt-4o"),
                Map.of("op", "replace", "path", "/document_tags", "value", List.of("a", "b")),
                nullValue("add", "/a~1b~0c"));
    }

    @Test
    void between_objectReplacedByScalar_isOneReplace() {
        var patch = JsonDiff.between(Map.of("layers", Map.of("x", 1)), Map.of("layers", "none")).orElseThrow();

        assertThat(patch.toJson()).containsExactly(Map.of("op", "replace", "path", "/layers", "value", "none"));
    }

    private static Map<String, Object> nullValue(String op, String path) {
        var operation = new LinkedHashMap<String, Object>();
        operation.put("op", op);
        operation.put("path", path);
        operation.put("value", null);
        return operation;
    }
}
