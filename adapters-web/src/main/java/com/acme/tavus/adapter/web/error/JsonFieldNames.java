package com.acme.tavus.adapter.web.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a Java property path from Bean Validation ({@code properties.maxCallDuration},
 * {@code documentIds[0]}) into the name the client sent ({@code properties.max_call_duration}),
 * reading {@link JsonProperty} on the request records. Clients only know the JSON names, so an
 * error naming the Java name would not tell them what to fix.
 */
final class JsonFieldNames {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[[^]]*])*)");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private JsonFieldNames() {}

    /** The JSON path for {@code javaPath} on an object of type {@code root}; unknown parts are snake_cased. */
    static String toJsonPath(Class<?> root, String javaPath) {
        if (javaPath == null || javaPath.isEmpty()) {
            return "";
        }
        var result = new StringBuilder();
        Type current = root;
        for (var part : javaPath.split("\\.")) {
            var matcher = SEGMENT.matcher(part);
            if (!matcher.matches()) {
                appendName(result, snakeCase(part));
                current = null;
                continue;
            }
            var name = matcher.group(1);
            var indexes = matcher.group(2);
            var field = current == null ? null : findField(rawClass(current), name);
            appendName(result, field == null ? snakeCase(name) : jsonName(field));
            result.append(indexes);
            current = field == null ? null : elementType(field.getGenericType(), !indexes.isEmpty());
        }
        return result.toString();
    }

    static String snakeCase(String javaName) {
        return CAMEL_HUMP.matcher(javaName).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }

    private static void appendName(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }

    private static String jsonName(Field field) {
        var annotation = field.getAnnotation(JsonProperty.class);
        return annotation != null && !annotation.value().isEmpty() ? annotation.value() : snakeCase(field.getName());
    }

    private static Field findField(Class<?> type, String name) {
        for (var c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        return null;
    }

    /** For an indexed segment ({@code documentIds[0]}), the element type of the list or map. */
    private static Type elementType(Type declared, boolean indexed) {
        if (!indexed) {
            return declared;
        }
        if (declared instanceof ParameterizedType parameterized) {
            var args = parameterized.getActualTypeArguments();
            return args[args.length - 1];
        }
        if (declared instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
