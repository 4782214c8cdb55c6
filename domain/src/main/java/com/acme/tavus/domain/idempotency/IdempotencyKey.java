package com.acme.tavus.domain.idempotency;

import com.acme.tavus.domain.shared.InvalidValueException;

/**
 * The client's name for one create request, from the {@code Idempotency-Key} header: 1 to 255
 * visible ASCII characters (no spaces or control characters), compared exactly, case included.
 * A UUID is the usual choice. Keys belong to the caller that sent them; two callers never share one.
 */
public record IdempotencyKey(String value) {

    /** The HTTP header that carries the key; also the field name in validation messages. */
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !visibleAscii(value)) {
            throw new InvalidValueException(HEADER,
                    "must be 1 to " + MAX_LENGTH + " visible ASCII characters (no spaces), such as a UUID");
        }
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    private static boolean visibleAscii(String value) {
        return value.chars().allMatch(c -> c >= '!' && c <= '~');
    }
}
