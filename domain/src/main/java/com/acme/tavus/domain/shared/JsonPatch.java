package com.acme.tavus.domain.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An RFC 6902 JSON Patch: a non-empty list of operations, checked before anything is sent, so a
 * client learns which operation is wrong ({@code patch[2]: "value" is required for op "replace"})
 * instead of getting Tavus's bare "Invalid JSON patch format".
 *
 * <p>Only the form is checked here: ops, members and JSON Pointer syntax (RFC 6901). Whether the
 * pointers exist in the target document, and whether {@code test} holds, is for whoever applies the
 * patch. Unknown members of an operation are ignored, as RFC 6902 §4 requires.
 */
public record JsonPatch(List<JsonPatchOperation> operations) {

    /** The field name errors are reported under; indexes follow as {@code patch[2]}. */
    public static final String FIELD = "patch";

    private static final String KNOWN_OPS = Arrays.stream(JsonPatchOperation.Op.values())
            .map(JsonPatchOperation.Op::wireName).collect(Collectors.joining(", "));

    public JsonPatch {
        Objects.requireNonNull(operations, "operations");
        if (operations.isEmpty()) {
            throw new InvalidValueException(FIELD, "must contain at least one operation");
        }
        operations = List.copyOf(operations);
    }

    /**
     * Reads a patch from a parsed JSON body given as plain Java JSON values (List, Map, String,
     * Number, Boolean, {@code null}); throws {@link InvalidValueException} naming the first wrong
     * operation.
     */
    public static JsonPatch of(Object body) {
        if (!(body instanceof List<?> items)) {
            throw new InvalidValueException(FIELD, "must be a JSON array of operations (RFC 6902)");
        }
        if (items.isEmpty()) {
            throw new InvalidValueException(FIELD, "must contain at least one operation");
        }
        var operations = new ArrayList<JsonPatchOperation>(items.size());
        for (var index = 0; index < items.size(); index++) {
            operations.add(operation(index, items.get(index)));
        }
        return new JsonPatch(operations);
    }

    /** The patch as a JSON array, ready to be sent. */
    public List<Map<String, Object>> toJson() {
        return operations.stream().map(JsonPatchOperation::toJson).toList();
    }

    private static JsonPatchOperation operation(int index, Object item) {
        var field = FIELD + "[" + index + "]";
        if (!(item instanceof Map<?, ?> members)) {
            throw new InvalidValueException(field, "must be an object with \"op\" and \"path\"");
        }
        var op = op(field, members.get("op"), members.containsKey("op"));
        var path = pointer(field, "path", members.get("path"), members.containsKey("path"), op);
        String from = null;
        if (op.needsFrom()) {
            from = pointer(field, "from", members.get("from"), members.containsKey("from"), op);
            if (op == JsonPatchOperation.Op.MOVE && path.startsWith(from + "/")) {
                throw new InvalidValueException(field, "cannot move \"" + from + "\" into its own child \"" + path + "\"");
            }
        }
        if (op.needsValue() && !members.containsKey("value")) {
            throw new InvalidValueException(field, "\"value\" is required for op \"" + op.wireName() + "\"");
        }
        return new JsonPatchOperation(op, path, from, members.get("value"));
    }

    private static JsonPatchOperation.Op op(String field, Object op, boolean present) {
        if (!present || op == null) {
            throw new InvalidValueException(field, "\"op\" is required (one of " + KNOWN_OPS + ")");
        }
        if (op instanceof String name) {
            for (var known : JsonPatchOperation.Op.values()) {
                if (known.wireName().equals(name)) {
                    return known;
                }
            }
        }
        throw new InvalidValueException(field, "unknown op " + quoted(op) + "; expected one of " + KNOWN_OPS);
    }

    private static String pointer(String field, String member, Object value, boolean present, JsonPatchOperation.Op op) {
        if (!present || value == null) {
            throw new InvalidValueException(field, "\"" + member + "\" is required for op \"" + op.wireName() + "\"");
        }
        if (!(value instanceof String pointer)) {
            throw new InvalidValueException(field, "\"" + member + "\" must be a string (a JSON Pointer)");
        }
        var problem = JsonPointers.problem(pointer);
        if (problem != null) {
            throw new InvalidValueException(field, "\"" + member + "\" " + quoted(pointer) + " is not a JSON Pointer: " + problem);
        }
        return pointer;
    }

    private static String quoted(Object value) {
        var text = String.valueOf(value);
        return "\"" + (text.length() > 64 ? text.substring(0, 64) + "…" : text) + "\"";
    }
}
