package com.acme.tavus.domain.webhook;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A registered webhook endpoint: every conversation event recorded after {@code createdAt} is
 * delivered to {@code url}, signed with {@code secret}.
 *
 * @param secret the signing secret ({@link WebhookSecret}); shown to its creator once, never again
 * @param createdBy the API token (team/name) that registered it
 */
public record WebhookSubscription(UUID id, WebhookUrl url, String description, WebhookSecret secret, Instant createdAt,
        String createdBy) {

    public static final int MAX_DESCRIPTION = 200;

    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && (description.length() > MAX_DESCRIPTION || description.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidValueException("description",
                    "must be at most " + MAX_DESCRIPTION + " characters without control characters");
        }
    }

    /** Never the secret: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return "WebhookSubscription[id=" + id + ", url=" + url + ", createdBy=" + createdBy + "]";
    }
}
