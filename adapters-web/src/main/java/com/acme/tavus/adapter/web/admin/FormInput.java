package com.acme.tavus.adapter.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * A submitted add or change form, with the typed readings model admins need and the errors found
 * while reading it. A model admin reads every field it needs, then calls {@link #throwIfErrors()},
 * so a person sees every mistake at once rather than one per submit.
 */
public final class FormInput {

    private final MultiValueMap<String, String> data;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FormInput(MultiValueMap<String, String> data) {
        this.data = data;
    }

    /** The value as sent, or {@code ""}. */
    public String raw(String name) {
        var value = data.getFirst(name);
        return value == null ? "" : value;
    }

    /** The value stripped of surrounding blanks; {@code null} when blank. */
    public String text(String name) {
        var value = raw(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** Like {@link #text}, with "This field is required." when blank. */
    public String required(String name) {
        var value = text(name);
        if (value == null) {
            error(name, "This field is required.");
        }
        return value;
    }

    public boolean checked(String name) {
        var value = data.getFirst(name);
        return value != null && !value.isEmpty() && !"false".equals(value);
    }

    /** Every value sent under {@code name} (ticked check boxes), blanks dropped. */
    public List<String> all(String name) {
        var values = data.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** A comma-separated list, items stripped, blanks dropped; {@code null} when the field is blank. */
    public List<String> commaSeparated(String name) {
        var value = text(name);
        if (value == null) {
            return null;
        }
        var items = new ArrayList<String>();
        for (var item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** A whole number; {@code null} when blank, with an error when it is not one. */
    public Integer integer(String name) {
        var value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            error(name, "Enter a whole number.");
            return null;
        }
    }

    /** A JSON document as plain Java values; {@code null} with an error when it is not JSON. */
    public Object json(String name) {
        var value = text(name);
        if (value == null) {
            error(name, "This field is required.");
            return null;
        }
        try {
            return AdminJson.parse(value);
        } catch (IllegalArgumentException notJson) {
            error(name, notJson.getMessage());
            return null;
        }
    }

    public void error(String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Stops the save with every error found so far. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new FormRejected(errors);
        }
    }

    MultiValueMap<String, String> data() {
        return data;
    }
}
