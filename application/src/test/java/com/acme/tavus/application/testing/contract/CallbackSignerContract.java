package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.onboarding.port.out.CallbackSigner;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CallbackSigner} must do, as tests: a pure computation, so a small contract: the
 * round trip, a signature bound to one tracking id, URL-safe output, and anything malformed or
 * missing refused (never thrown). Extend it and supply the signer and one with another key.
 */
public abstract class CallbackSignerContract {

    /** The signer under test. */
    protected abstract CallbackSigner signer();

    /** A signer of the same kind with another key, whose signatures {@link #signer()} must refuse. */
    protected abstract CallbackSigner signerWithAnotherKey();

    @Test
    void aSignature_verifiesForItsTrackingId_everyTime() {
        var trackingId = UUID.randomUUID();
        var signature = signer().sign(trackingId);

        assertThat(signer().verify(trackingId.toString(), signature)).isTrue();
        assertThat(signer().sign(trackingId)).as("deterministic").isEqualTo(signature);
    }

    @Test
    void aSignature_isUrlSafe() {
        for (var i = 0; i < 50; i++) {
            assertThat(signer().sign(UUID.randomUUID())).matches("[A-Za-z0-9_.~-]+");
        }
    }

    @Test
    void aSignature_isRefusedForAnotherTrackingId_orFromAnotherKey() {
        var trackingId = UUID.randomUUID();
        var signature = signer().sign(trackingId);

        assertThat(signer().verify(UUID.randomUUID().toString(), signature)).isFalse();
        assertThat(signer().verify(trackingId.toString(), signerWithAnotherKey().sign(trackingId))).isFalse();
        assertThat(signer().sign(UUID.randomUUID())).isNotEqualTo(signature);
    }

    @Test
    void aTamperedSignature_isRefused() {
        var trackingId = UUID.randomUUID();
        var signature = signer().sign(trackingId);
        // The first character: the last one of an unpadded base64 value may carry bits a decoder ignores.
        var tampered = (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        assertThat(signer().verify(trackingId.toString(), tampered)).isFalse();
        assertThat(signer().verify(trackingId.toString(), signature.substring(1))).isFalse();
        assertThat(signer().verify(trackingId.toString(), signature + "A")).isFalse();
    }

    @Test
    void missingOrMalformedInput_isRefused_notThrown() {
        var trackingId = UUID.randomUUID();
        var signature = signer().sign(trackingId);

        assertThat(signer().verify(null, signature)).isFalse();
        assertThat(signer().verify(trackingId.toString(), null)).isFalse();
        assertThat(signer().verify(trackingId.toString(), "")).isFalse();
        assertThat(signer().verify(trackingId.toString(), "not base64 !*")).isFalse();
        assertThat(signer().verify("not-a-uuid", signature)).isFalse();
    }
}
