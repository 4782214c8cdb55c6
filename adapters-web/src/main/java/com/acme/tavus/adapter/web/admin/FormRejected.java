package com.acme.tavus.adapter.web.admin;

import java.util.List;
import java.util.Map;

/**
 * A submitted form cannot be saved; the form is shown again with each message next to its field
 * (messages under a name that is not a field of the form are shown above it).
 */
public final class FormRejected extends RuntimeException {

    private final transient Map<String, List<String>> errors;

    public FormRejected(Map<String, List<String>> errors) {
        super("form rejected: " + errors.keySet(), null, false, false);
        this.errors = Map.copyOf(errors);
    }

    public static FormRejected of(String field, String message) {
        return new FormRejected(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> errors() {
        return errors;
    }
}
