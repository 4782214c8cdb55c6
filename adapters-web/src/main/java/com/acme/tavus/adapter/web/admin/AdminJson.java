package com.acme.tavus.adapter.web.admin;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** JSON for people: pretty-printed for reading, parsed with a message a person can act on. */
public final class AdminJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AdminJson() {}

    /** Pretty-prints a plain Java JSON value; a string that holds JSON is parsed first, other strings are kept. */
    public static String pretty(Object value) {
        if (value instanceof String text) {
            try {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readValue(text, Object.class));
            } catch (JacksonException notJson) {
                return text;
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    /**
     * Parses {@code text} into plain Java JSON values (Map, List, String, Number, Boolean, null).
     *
     * @throws IllegalArgumentException with a short, position-bearing message when it is not JSON
     */
    public static Object parse(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            var where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            throw new IllegalArgumentException("Enter valid JSON" + where + ".");
        }
    }
}
