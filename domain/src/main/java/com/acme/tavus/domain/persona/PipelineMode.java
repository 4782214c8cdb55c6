package com.acme.tavus.domain.persona;

import com.acme.tavus.domain.shared.InvalidValueException;

/** How Tavus runs a persona: the full pipeline (the default), or echo, where the replica only lip-syncs what it is sent. */
public enum PipelineMode {
    FULL("full"),
    ECHO("echo");

    private final String value;

    PipelineMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The mode for a wire value; {@link InvalidValueException} naming {@code pipeline_mode} otherwise. */
    public static PipelineMode of(String value) {
        for (var mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        throw new InvalidValueException("pipeline_mode", "must be full or echo");
    }
}
