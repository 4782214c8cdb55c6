package com.acme.tavus.domain.idempotency;

import java.util.Arrays;
import java.util.Objects;

/**
 * The answer to a create request, as it is replayed: the status, the two headers that describe the
 * result ({@code Content-Type}, {@code Location}; either may be absent) and the body bytes. Headers
 * that belong to one exchange (dates, rate limits, security headers, the platform's mode header)
 * are not part of it; a replay gets fresh ones.
 */
public record StoredResponse(int status, String contentType, String location, byte[] body) {

    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status, not " + status);
        }
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * Whether this answer is remembered for the key. Only a success is: it created something, and
     * a repeat must not create it again. An error answer created nothing and is forgotten, so the
     * client may retry with the same key: after a 5xx or a timeout (Tavus may be back), after a
     * 429, and after a 4xx (the client may correct the request and send it again under its key).
     */
    public boolean isRemembered() {
        return status >= 200 && status < 300;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that
                && status == that.status
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(location, that.location)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, location, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", contentType=" + contentType + ", location=" + location
                + ", body=" + body.length + " bytes]";
    }
}
