package com.acme.tavus.domain.webhook;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a subscription's events go: an absolute {@code https} URL, or {@code http} to a loopback
 * host (a receiver on the same machine), or {@code http} anywhere when the deployment allows it
 * ({@code webhooks.allow-http}). No user info (credentials would end up in logs and the admin site),
 * no fragment, at most 2048 characters.
 */
public record WebhookUrl(String value) {

    public static final int MAX_LENGTH = 2048;
    private static final String FIELD = "url";

    public WebhookUrl {
        if (value == null) {
            throw new InvalidValueException(FIELD, "is required");
        }
    }

    /** Checks {@code raw}; {@code allowHttp} lets plain {@code http} through for any host. */
    public static WebhookUrl of(String raw, boolean allowHttp) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FIELD, "is required");
        }
        var text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(FIELD, "must be an absolute http(s) URL");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank()
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidValueException(FIELD, "must be an absolute http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidValueException(FIELD, "must not contain user info (put credentials nowhere in the URL)");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidValueException(FIELD, "must not contain a fragment");
        }
        if (scheme.equals("http") && !allowHttp && !isLoopback(uri.getHost())) {
            throw new InvalidValueException(FIELD, "must use https (http is allowed only for localhost)");
        }
        return new WebhookUrl(text);
    }

    static boolean isLoopback(String host) {
        var h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }

    @Override
    public String toString() {
        return value;
    }
}
