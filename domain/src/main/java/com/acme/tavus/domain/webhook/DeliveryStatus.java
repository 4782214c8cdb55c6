package com.acme.tavus.domain.webhook;

import java.util.Arrays;

/** Where one delivery (an event to one subscription) stands. */
public enum DeliveryStatus {
    /** Not yet delivered: due at its next attempt time. */
    PENDING("pending"),
    /** The endpoint answered 2xx. */
    DELIVERED("delivered"),
    /** Given up after the retry policy's attempts or age; can be retried by hand. */
    FAILED("failed");

    private final String value;

    DeliveryStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static DeliveryStatus fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown delivery status: " + value));
    }
}
