package com.acme.tavus.application.webhook;

import com.acme.tavus.domain.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): headers {@code webhook-id},
 * {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">}, so receivers can verify with the existing libraries and deduplicate by id.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private WebhookSignature() {}

    /** The three headers for sending {@code body} as message {@code id} at {@code at}. */
    public static Map<String, String> headers(WebhookSecret secret, String id, Instant at, String body) {
        var timestamp = Long.toString(at.getEpochSecond());
        var headers = new LinkedHashMap<String, String>();
        headers.put(ID_HEADER, id);
        headers.put(TIMESTAMP_HEADER, timestamp);
        headers.put(SIGNATURE_HEADER, "v1," + sign(secret, id, timestamp, body));
        return headers;
    }

    /** Base64 HMAC-SHA256 of {@code id.timestamp.body} under the secret's key. */
    public static String sign(WebhookSecret secret, String id, String timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            var signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
