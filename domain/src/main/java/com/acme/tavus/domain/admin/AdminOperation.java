package com.acme.tavus.domain.admin;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Locale;

/** What an admin may do with a model: Django's four default permissions. */
public enum AdminOperation {
    VIEW,
    ADD,
    CHANGE,
    DELETE;

    /** As written in a permission code ({@code view}, {@code add}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AdminOperation ofCode(String code) {
        for (var operation : values()) {
            if (operation.code().equals(code)) {
                return operation;
            }
        }
        throw new InvalidValueException("permissions", "unknown operation \"" + code + "\"");
    }
}
