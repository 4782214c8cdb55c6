package com.acme.tavus.adapter.tavus.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request {@link FakeTavusServer} received, exactly as it arrived.
 *
 * @param path the raw (still percent-encoded) path, including the {@code /v2} prefix
 * @param query the raw query string without {@code ?}, or {@code null} when there was none
 * @param headers every header; look-ups by name are case-insensitive
 * @param body the body as UTF-8 text; empty when there was none
 */
public record RecordedRequest(
        String method, String path, String query, Map<String, List<String>> headers, String body) {

    public RecordedRequest {
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    /** The first value of the header, or {@code null}. */
    public String header(String name) {
        var values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The decoded query parameters in order; empty when there was no query. */
    public Map<String, List<String>> queryParams() {
        var params = new LinkedHashMap<String, List<String>>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (var pair : query.split("&")) {
            var eq = pair.indexOf('=');
            var name = decode(eq < 0 ? pair : pair.substring(0, eq));
            var value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** The first value of a query parameter, or {@code null}. */
    public String queryParam(String name) {
        var values = queryParams().get(name);
        return values == null ? null : values.getFirst();
    }

    /** {@code METHOD /path?query}, handy in assertions and failure messages. */
    public String line() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
