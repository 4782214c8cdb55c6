package com.acme.tavus.domain.admin;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * Permission to perform one {@link AdminOperation} on one model of the admin site, written as a
 * code such as {@code onboarding-users.change}. The model is the admin site's short name for it
 * (lower case, digits and hyphens), so a permission survives a change of the model's title.
 */
public record AdminPermission(String model, AdminOperation operation) {

    private static final Pattern MODEL = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    public AdminPermission {
        if (model == null || !MODEL.matcher(model).matches()) {
            throw new InvalidValueException("permissions", "\"" + model + "\" is not a model name");
        }
        if (operation == null) {
            throw new InvalidValueException("permissions", "an operation is required");
        }
    }

    public static AdminPermission of(String model, AdminOperation operation) {
        return new AdminPermission(model, operation);
    }

    /** Reads a code such as {@code personas.view}. */
    public static AdminPermission parse(String code) {
        var dot = code == null ? -1 : code.lastIndexOf('.');
        if (dot <= 0) {
            throw new InvalidValueException("permissions", "\"" + code + "\" is not a permission (model.operation)");
        }
        return new AdminPermission(code.substring(0, dot), AdminOperation.ofCode(code.substring(dot + 1)));
    }

    /** The permission as stored and shown: {@code model.operation}. */
    public String code() {
        return model + "." + operation.code();
    }

    @Override
    public String toString() {
        return code();
    }
}
