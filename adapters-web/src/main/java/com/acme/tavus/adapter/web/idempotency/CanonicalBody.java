package com.acme.tavus.adapter.web.idempotency;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form of a request body that its fingerprint is taken from, so that two bodies asking for the
 * same thing count as the same request: JSON is re-written compactly with object members sorted by
 * name (white space, member order and {@code //} comments, which the onboarding route accepts, do
 * not matter; values, array order and number spelling do). A body that is not JSON is taken as is.
 */
final class CanonicalBody {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalBody() {}

    static byte[] of(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            return JSON.writeValueAsBytes(JSON.readValue(body, Object.class));
        } catch (JacksonException notJson) {
            return body;
        }
    }
}
