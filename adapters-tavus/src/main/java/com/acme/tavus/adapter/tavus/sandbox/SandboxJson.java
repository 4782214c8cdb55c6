package com.acme.tavus.adapter.tavus.sandbox;

import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.shared.JsonPatch;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.parsson.JsonProviderImpl;

/**
 * JSON Patch for sandbox resources, applied by Jakarta JSON Processing ({@link jakarta.json.JsonPatch},
 * Parsson's RFC 6902 implementation) rather than by hand. Resources are stored as plain Java JSON
 * maps; this converts them to {@link JsonObject} and back.
 *
 * <p>Outcomes follow Tavus: a patch that leaves the document equal is "unchanged" (Tavus's 304);
 * one whose pointers do not exist or whose {@code test} fails is {@link ProviderException.Rejected}
 * (Tavus's 422, which the platform answers as 400).
 */
final class SandboxJson {

    /**
     * Parsson's provider, created directly: {@code Json.*} looks the provider up with a
     * {@code ServiceLoader} on every call, which reads jar files and so blocks the event loop.
     */
    private static final JsonProvider JSON = new JsonProviderImpl();

    private SandboxJson() {}

    /** {@code document} after {@code patch}, or empty when the patch changed nothing. */
    static final String DOES_NOT_APPLY =
            "Invalid JSON patch: a path does not exist in the resource, or a test operation failed";

    static Optional<Map<String, Object>> apply(Map<String, Object> document, JsonPatch patch) {
        var before = toJsonObject(document);
        JsonValue after;
        try {
            after = JSON.createPatch(toJsonArray(patch.toJson())).apply(before);
        } catch (JsonException | IllegalArgumentException | UnsupportedOperationException doesNotApply) {
            // The library's message quotes the whole stored document: never hand it to a client.
            throw new ProviderException.Rejected(DOES_NOT_APPLY, JsonPatch.FIELD);
        }
        if (!(after instanceof JsonObject patched)) {
            throw new ProviderException.Rejected("Invalid JSON patch: the document must stay a JSON object",
                    JsonPatch.FIELD);
        }
        return patched.equals(before) ? Optional.empty() : Optional.of(toMap(patched));
    }

    static JsonObject toJsonObject(Map<?, ?> map) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        map.forEach((key, value) -> builder.add(String.valueOf(key), toJsonValue(value)));
        return builder.build();
    }

    private static JsonArray toJsonArray(Collection<?> items) {
        JsonArrayBuilder builder = JSON.createArrayBuilder();
        items.forEach(item -> builder.add(toJsonValue(item)));
        return builder.build();
    }

    private static JsonValue toJsonValue(Object value) {
        return switch (value) {
            case null -> JsonValue.NULL;
            case JsonValue json -> json;
            case String text -> JSON.createValue(text);
            case Boolean bool -> bool ? JsonValue.TRUE : JsonValue.FALSE;
            case Integer number -> JSON.createValue(number);
            case Long number -> JSON.createValue(number);
            case BigInteger number -> JSON.createValue(number);
            case BigDecimal number -> JSON.createValue(number);
            case Number number -> JSON.createValue(new BigDecimal(number.toString()));
            case Map<?, ?> map -> toJsonObject(map);
            case Collection<?> items -> toJsonArray(items);
            default -> JSON.createValue(value.toString());
        };
    }

    /** A mutable-free plain Java copy: objects become ordered maps, numbers Integer/Long/BigDecimal. */
    static Map<String, Object> toMap(JsonObject object) {
        var map = new LinkedHashMap<String, Object>();
        object.forEach((key, value) -> map.put(key, toJava(value)));
        return Collections.unmodifiableMap(map);
    }

    private static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case OBJECT -> toMap(value.asJsonObject());
            case ARRAY -> {
                var items = new ArrayList<Object>();
                value.asJsonArray().forEach(item -> items.add(toJava(item)));
                yield Collections.unmodifiableList(items);
            }
        };
    }

    private static Object number(JsonNumber number) {
        if (!number.isIntegral()) {
            return number.bigDecimalValue();
        }
        var integral = number.bigIntegerValue();
        if (integral.bitLength() < Integer.SIZE) {
            return integral.intValue();
        }
        return integral.bitLength() < Long.SIZE ? (Object) integral.longValue() : integral;
    }

    /** A deep, unmodifiable copy of plain Java JSON values (a round trip through JSON-P). */
    static Map<String, Object> copy(Map<String, Object> document) {
        return toMap(toJsonObject(document));
    }

    static List<String> strings(Object value) {
        if (!(value instanceof List<?> items)) {
            return null;
        }
        return items.stream().map(String::valueOf).toList();
    }
}
