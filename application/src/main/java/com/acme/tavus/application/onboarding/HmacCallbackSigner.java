package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.onboarding.port.out.CallbackSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link CallbackSigner} with the JDK's HMAC-SHA256: the signature is the base64url (unpadded) MAC
 * of the tracking id under a server-side key of at least 32 bytes; verification decodes and
 * compares with {@link MessageDigest#isEqual} (constant time). Plain JDK cryptography, so it lives
 * with the use cases and serves production and tests alike; a key-management-service signer would
 * be another implementation of the port.
 *
 * <p>Key rotation: signatures are always made with the current key, but a signature made with one
 * of the previous keys still verifies, so callback URLs handed to Tavus before a rotation keep
 * working until those conversations are over; then the previous key is dropped.
 */
public final class HmacCallbackSigner implements CallbackSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;

    public HmacCallbackSigner(byte[] key) {
        this(key, List.of());
    }

    /** Signs with {@code key}; verifies with it and with each of {@code previousKeys}. */
    public HmacCallbackSigner(byte[] key, List<byte[]> previousKeys) {
        this.key = keySpec(key);
        this.previousKeys = Objects.requireNonNull(previousKeys, "previousKeys").stream()
                .map(HmacCallbackSigner::keySpec)
                .toList();
    }

    private static SecretKeySpec keySpec(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the callback signing key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(key.clone(), ALGORITHM);
    }

    @Override
    public String sign(UUID trackingId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, trackingId.toString()));
    }

    @Override
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
        var valid = MessageDigest.isEqual(mac(key, trackingId), presented);
        for (var previous : previousKeys) {
            valid |= MessageDigest.isEqual(mac(previous, trackingId), presented);
        }
        return valid;
    }

    private static String stripPadding(String value) {
        var end = value.length();
        while (end > 0 && value.charAt(end - 1) == '=') {
            end--;
        }
        return value.substring(0, end);
    }

    private static byte[] mac(SecretKeySpec key, String message) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
