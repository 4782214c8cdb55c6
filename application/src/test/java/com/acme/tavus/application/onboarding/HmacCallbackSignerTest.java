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
    void aShortKey_isRefused() {
        assertThatThrownBy(() -> new HmacCallbackSigner(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
