package com.acme.tavus.bootstrap.security;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON objects for the security tests. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static Map<String, Object> object(String body) {
        return MAPPER.readValue(body, new TypeReference<Map<String, Object>>() {});
    }
}
