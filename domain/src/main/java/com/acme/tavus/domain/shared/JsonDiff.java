package com.acme.tavus.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON Patch (RFC 6902) that turns one JSON object into another, for editors that let a person
 * change a whole document but must send a patch. Objects are compared member by member, recursively;
 * any other value (arrays included) that differs is replaced whole, which keeps patches short and
 * never depends on array positions staying put.
 *
 * <p>Values are plain Java JSON values (String, Number, Boolean, List, Map, {@code null}). Numbers
 * compare by value, so {@code 1} and {@code 1.0} are the same number.
 */
public final class JsonDiff {

    private JsonDiff() {}

    /** The operations from {@code before} to {@code after}; empty when they are equal. */
    public static Optional<JsonPatch> between(Map<String, Object> before, Map<String, Object> after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        var operations = new ArrayList<JsonPatchOperation>();
        diffObjects("", before, after, operations);
        return operations.isEmpty() ? Optional.empty() : Optional.of(new JsonPatch(operations));
    }

    private static void diffObjects(String path, Map<?, ?> before, Map<?, ?> after, List<JsonPatchOperation> out) {
        for (var entry : before.entrySet()) {
            var member = path + "/" + escape(String.valueOf(entry.getKey()));
            if (!after.containsKey(entry.getKey())) {
                out.add(new JsonPatchOperation(JsonPatchOperation.Op.REMOVE, member, null, null));
            } else {
                diffValues(member, entry.getValue(), after.get(entry.getKey()), out);
            }
        }
        for (var entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                var member = path + "/" + escape(String.valueOf(entry.getKey()));
                out.add(new JsonPatchOperation(JsonPatchOperation.Op.ADD, member, null, entry.getValue()));
            }
        }
    }

    private static void diffValues(String path, Object before, Object after, List<JsonPatchOperation> out) {
        if (before instanceof Map<?, ?> beforeObject && after instanceof Map<?, ?> afterObject) {
            diffObjects(path, beforeObject, afterObject, out);
        } else if (!same(before, after)) {
            out.add(new JsonPatchOperation(JsonPatchOperation.Op.REPLACE, path, null, after));
        }
    }

    /** JSON equality: numbers by value, lists element by element, objects member by member. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString())) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (var i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (var key : x.keySet()) {
                if (!same(x.get(key), y.get(key))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** RFC 6901: {@code ~} is written {@code ~0} and {@code /} is written {@code ~1}. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
