package com.acme.tavus.application.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the {@code sig} parameter of onboarding callback URLs: base64url (unpadded)
 * HMAC-SHA256 of the tracking id under a server-side key.
 *
 * <p>Why: Tavus does not sign its callbacks, so the URL the platform gives Tavus is the only secret
 * it can check. A signature binds a URL to one conversation; knowing one conversation's URL does
 * not let anyone forge another's. Comparison is constant-time.
 */
public final class CallbackSignatures {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public CallbackSignatures(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the callback signing key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String sign(UUID trackingId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(trackingId.toString()));
    }

    /** True when {@code signature} is this key's signature of {@code trackingId}; false for anything malformed. */
    public boolean verify(String trackingId, String signature) {
        if (trackingId == null || signature == null) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(stripPadding(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(trackingId), presented);
    }

    private static String stripPadding(String value) {
        var end = value.length();
        while (end > 0 && value.charAt(end - 1) == '=') {
            end--;
        }
        return value.substring(0, end);
    }

    private byte[] mac(String message) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
