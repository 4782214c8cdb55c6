package com.acme.tavus.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.JsonPatchOperation.Op;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPatchTest {

    @Test
    void of_everyOp_isReadAndWrittenBackInRfcForm() {
        var patch = JsonPatch.of(List.of(
                Map.of("op", "add", "path", "/layers/tts/tts_emotion_control", "value", true),
                Map.of("op", "remove", "path", "/layers/stt/hotwords"),
                Map.of("op", "replace", "path", "/context", "value", "Updated context"),
                Map.of("op", "copy", "from", "/context", "path", "/system_prompt"),
                Map.of("op", "move", "from", "/document_tags", "path", "/document_ids"),
                Map.of("op", "test", "path", "/persona_name", "value", "DRAKO")));

        assertThat(patch.operations()).extracting(JsonPatchOperation::op)
                .containsExactly(Op.ADD, Op.REMOVE, Op.REPLACE, Op.COPY, Op.MOVE, Op.TEST);
        assertThat(patch.toJson()).containsExactly(
                Map.of("op", "add", "path", "/layers/tts/tts_emotion_control", "value", true),
                Map.of("op", "remove", "path", "/layers/stt/hotwords"),
                Map.of("op", "replace", "path", "/context", "value", "Updated context"),
                Map.of("op", "copy", "path", "/system_prompt", "from", "/context"),
                Map.of("op", "move", "path", "/document_ids", "from", "/document_tags"),
                Map.of("op", "test", "path", "/persona_name", "value", "DRAKO"));
    }

    @Test
    void of_nullValue_isALegalJsonNullAndIsSent() {
        var op = new HashMap<String, Object>();
        op.put("op", "replace");
        op.put("path", "/context");
        op.put("value", null);

        var json = JsonPatch.of(List.of(op)).toJson().getFirst();

        assertThat(json).containsEntry("value", null).containsKey("value");
    }

    @Test
    void of_unknownMembersAndValueOnRemove_areIgnored() {
        var patch = JsonPatch.of(List.of(Map.of("op", "remove", "path", "/context", "value", 1, "note", "x")));

        assertThat(patch.toJson()).containsExactly(Map.of("op", "remove", "path", "/context"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/a~0b", "/a~1b/c", "/layers/llm/tools/0", "/-"})
    void of_validPointers_areAccepted(String pointer) {
        assertThat(JsonPatch.of(List.of(Map.of("op", "remove", "path", pointer))).operations()).hasSize(1);
        assertThat(JsonPointers.isValid(pointer)).isTrue();
    }

    @Test
    void of_notAnArray_isRejected() {
        assertThatThrownBy(() -> JsonPatch.of(Map.of("op", "remove", "path", "/a")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("patch: must be a JSON array of operations (RFC 6902)");
        assertThatThrownBy(() -> JsonPatch.of(null)).hasMessageStartingWith("patch: must be a JSON array");
    }

    @Test
    void of_emptyArray_isRejected() {
        assertThatThrownBy(() -> JsonPatch.of(List.of()))
                .hasMessage("patch: must contain at least one operation");
        assertThatThrownBy(() -> new JsonPatch(List.of()))
                .hasMessage("patch: must contain at least one operation");
    }

    @Test
    void of_operationNotAnObject_namesIt() {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "remove", "path", "/a"), "replace")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("patch[1]: must be an object with \"op\" and \"path\"")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("patch[1]");
    }

    @Test
    void of_missingOp_namesIt() {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("path", "/a"))))
                .hasMessage("patch[0]: \"op\" is required (one of add, remove, replace, move, copy, test)");
    }

    @Test
    void of_unknownOp_namesIt() {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "merge", "path", "/a"))))
                .hasMessage("patch[0]: unknown op \"merge\"; expected one of add, remove, replace, move, copy, test");
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "REPLACE", "path", "/a", "value", 1))))
                .hasMessageContaining("unknown op \"REPLACE\"");
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", 3, "path", "/a"))))
                .hasMessageContaining("unknown op \"3\"");
    }

    @Test
    void of_missingPath_namesIt() {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "remove"))))
                .hasMessage("patch[0]: \"path\" is required for op \"remove\"");
    }

    @Test
    void of_pathNotAString_namesIt() {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "remove", "path", 7))))
                .hasMessage("patch[0]: \"path\" must be a string (a JSON Pointer)");
    }

    @Test
    void of_pointerWithoutLeadingSlash_isRejected() {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "replace", "path", "context", "value", "x"))))
                .hasMessage("patch[0]: \"path\" \"context\" is not a JSON Pointer: must be empty or start with \"/\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a~", "/a~2", "/~x/b"})
    void of_pointerWithBadTildeEscape_isRejected(String pointer) {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "remove", "path", pointer))))
                .hasMessageContaining("is not a JSON Pointer: \"~\" must be followed by 0 or 1");
        assertThat(JsonPointers.isValid(pointer)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "replace", "test"})
    void of_missingValue_namesTheOp(String op) {
        var operations = new ArrayList<Object>();
        operations.add(Map.of("op", "remove", "path", "/a"));
        operations.add(Map.of("op", "remove", "path", "/b"));
        operations.add(Map.of("op", op, "path", "/context"));

        assertThatThrownBy(() -> JsonPatch.of(operations))
                .hasMessage("patch[2]: \"value\" is required for op \"" + op + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"copy", "move"})
    void of_missingFrom_namesTheOp(String op) {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", op, "path", "/a"))))
                .hasMessage("patch[0]: \"from\" is required for op \"" + op + "\"");
    }

    @Test
    void of_badFromPointer_isRejected() {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "copy", "from", "context", "path", "/a"))))
                .hasMessage("patch[0]: \"from\" \"context\" is not a JSON Pointer: must be empty or start with \"/\"");
    }

    @Test
    void of_moveIntoOwnChild_isRejected() {
        assertThatThrownBy(() -> JsonPatch.of(List.of(Map.of("op", "move", "from", "/layers", "path", "/layers/llm"))))
                .hasMessage("patch[0]: cannot move \"/layers\" into its own child \"/layers/llm\"");
    }

    @Test
    void of_firstWrongOperationIsReported() {
        var ops = new ArrayList<Object>();
        ops.add(new LinkedHashMap<>(Map.of("op", "replace", "path", "/a", "value", 1)));
        ops.add(new LinkedHashMap<>(Map.of("op", "bogus", "path", "/a")));
        ops.add(new LinkedHashMap<>(Map.of("op", "add", "path", "/b")));

        assertThatThrownBy(() -> JsonPatch.of(ops)).hasMessageStartingWith("patch[1]: unknown op");
    }

    @Test
    void operation_dropsMembersItsOpDoesNotUse() {
        var remove = new JsonPatchOperation(Op.REMOVE, "/a", "/b", "v");

        assertThat(remove.from()).isNull();
        assertThat(remove.value()).isNull();
    }

    @Test
    void operation_constructorRechecksPointers() {
        assertThatThrownBy(() -> new JsonPatchOperation(Op.REPLACE, "context", null, "x"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("path: must be empty or start with");
        assertThatThrownBy(() -> new JsonPatchOperation(Op.COPY, "/a", null, null))
                .hasMessage("from: is required");
    }
}
