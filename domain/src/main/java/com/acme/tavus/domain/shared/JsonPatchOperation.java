package com.acme.tavus.domain.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One RFC 6902 operation. Usually read by {@link JsonPatch#of}, which reports what is wrong per
 * operation; the constructor re-checks the pointers, so an operation that exists is well formed
 * (whether it applies is up to the document it meets).
 *
 * @param path a JSON Pointer (RFC 6901)
 * @param from the source pointer of {@code copy}/{@code move}; {@code null} for other ops
 * @param value the value of {@code add}/{@code replace}/{@code test} as a plain Java JSON value
 *     (String, Number, Boolean, List, Map or {@code null} for JSON null); ignored for other ops
 */
public record JsonPatchOperation(Op op, String path, String from, Object value) {

    /** The six RFC 6902 operations, with their wire names. */
    public enum Op {
        ADD, REMOVE, REPLACE, MOVE, COPY, TEST;

        /** The op as written in a patch document, such as {@code replace}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** True for the ops whose {@code value} member is required. */
        public boolean needsValue() {
            return this == ADD || this == REPLACE || this == TEST;
        }

        /** True for the ops whose {@code from} member is required. */
        public boolean needsFrom() {
            return this == MOVE || this == COPY;
        }
    }

    public JsonPatchOperation {
        Objects.requireNonNull(op, "op");
        requirePointer(path, "path");
        if (op.needsFrom()) {
            requirePointer(from, "from");
        } else {
            from = null;
        }
        if (!op.needsValue()) {
            value = null;
        }
    }

    private static void requirePointer(String pointer, String member) {
        var problem = JsonPointers.problem(pointer);
        if (problem != null) {
            throw new InvalidValueException(member, problem);
        }
    }

    /** The operation as a JSON object, members in RFC order, ready to be sent. */
    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("op", op.wireName());
        json.put("path", path);
        if (op.needsFrom()) {
            json.put("from", from);
        }
        if (op.needsValue()) {
            json.put("value", value); // JSON null is a legal value and must be sent as such
        }
        return json;
    }
}
