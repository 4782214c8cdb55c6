package com.acme.tavus.domain.shared;

/**
 * What a guardrail or objective watches: what is said ({@code verbal}, Tavus's default) or what is
 * seen ({@code visual}).
 */
public enum Modality {
    VERBAL("verbal"),
    VISUAL("visual");

    private final String value;

    Modality(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The modality for a wire value; {@link InvalidValueException} naming {@code field} otherwise. */
    public static Modality of(String value, String field) {
        for (var modality : values()) {
            if (modality.value.equals(value)) {
                return modality;
            }
        }
        throw new InvalidValueException(field, "must be verbal or visual");
    }
}
