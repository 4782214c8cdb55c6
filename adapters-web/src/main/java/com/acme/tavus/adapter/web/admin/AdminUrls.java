package com.acme.tavus.adapter.web.admin;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;

/** The admin site's URLs, with every id and parameter encoded. */
public final class AdminUrls {

    public static final String ROOT = "/admin/";
    public static final String LOGIN = "/admin/login";
    public static final String LOGOUT = "/admin/logout";
    public static final String PASSWORD_CHANGE = "/admin/password_change/";

    private AdminUrls() {}

    public static String changeList(String model) {
        return ROOT + segment(model) + "/";
    }

    public static String add(String model) {
        return changeList(model) + "add/";
    }

    public static String object(String model, String id) {
        return changeList(model) + segment(id) + "/";
    }

    public static String change(String model, String id) {
        return object(model, id) + "change/";
    }

    public static String delete(String model, String id) {
        return object(model, id) + "delete/";
    }

    public static String history(String model, String id) {
        return object(model, id) + "history/";
    }

    public static String action(String model, String id, String action) {
        return object(model, id) + "actions/" + segment(action) + "/";
    }

    /** The change list with some query parameters, such as a filter. */
    public static String changeList(String model, Map<String, String> parameters) {
        return changeList(model) + query(parameters);
    }

    /** {@code ?a=1&b=2}, encoded; empty for no parameters. */
    static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.entrySet().stream()
                .map(e -> UriUtils.encodeQueryParam(e.getKey(), StandardCharsets.UTF_8) + "="
                        + UriUtils.encodeQueryParam(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
