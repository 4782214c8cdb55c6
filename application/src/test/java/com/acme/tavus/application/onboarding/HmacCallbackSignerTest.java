package com.acme.tavus.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacCallbackSignerTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final HmacCallbackSigner signer = new HmacCallbackSigner(KEY);

    @Test
    void sign_isUnpaddedBase64UrlHmacSha256OfTheTrackingId() throws Exception {
        var trackingId = UUID.fromString("00000000-0000-0000-0000-000000000001");
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        var expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(trackingId.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(signer.sign(trackingId)).isEqualTo(expected).doesNotContain("=", "+", "/");
    }

    @Test
    void verify_acceptsOnlyThisKeysSignatureOfThisTrackingId() {
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();

        assertThat(signer.verify(a.toString(), signer.sign(a))).isTrue();
        assertThat(signer.verify(a.toString(), signer.sign(a) + "=")).isTrue();
        assertThat(signer.verify(b.toString(), signer.sign(a))).isFalse();
        assertThat(signer.verify(a.toString(), signer.sign(a).substring(1))).isFalse();
        assertThat(signer.verify(a.toString(), "%%%")).isFalse();
        assertThat(signer.verify(a.toString(), null)).isFalse();
        assertThat(signer.verify(null, signer.sign(a))).isFalse();
        assertThat(new HmacCallbackSigner(new byte[32]).verify(a.toString(), signer.sign(a))).isFalse();
    }

    @Test
    void afterARotation_urlsSignedWithThePreviousKeyStillVerify_butNewOnesUseTheNewKey() {
        var newKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        var rotated = new HmacCallbackSigner(newKey, java.util.List.of(KEY));
        var inFlight = UUID.randomUUID();
        var issuedBefore = signer.sign(inFlight);

        assertThat(rotated.verify(inFlight.toString(), issuedBefore)).isTrue();
        assertThat(rotated.sign(inFlight)).isNotEqualTo(issuedBefore)
                .isEqualTo(new HmacCallbackSigner(newKey).sign(inFlight));
        assertThat(new HmacCallbackSigner(newKey).verify(inFlight.toString(), issuedBefore)).isFalse();
        assertThat(rotated.verify(UUID.randomUUID().toString(), issuedBefore)).isFalse();
    }

    @Test
    void aShortPreviousKey_isRefusedToo() {
        assertThatThrownBy(() -> new HmacCallbackSigner(KEY, java.util.List.of(new byte[8])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShortKey_isRefused() {
        assertThatThrownBy(() -> new HmacCallbackSigner(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
