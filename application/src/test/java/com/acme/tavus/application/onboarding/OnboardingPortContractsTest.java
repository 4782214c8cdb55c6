package com.acme.tavus.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.TrackingCallbacks;
import com.acme.tavus.application.onboarding.port.out.CallbackSigner;
import com.acme.tavus.application.testing.contract.CallbackSignerContract;
import com.acme.tavus.application.testing.contract.TrackingCallbacksContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The signer and the signed callback URLs keep their port contracts. */
class OnboardingPortContractsTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);

    @Nested
    class HmacCallbackSignerTest extends CallbackSignerContract {
        @Override
        protected CallbackSigner signer() {
            return new HmacCallbackSigner(KEY);
        }

        @Override
        protected CallbackSigner signerWithAnotherKey() {
            return new HmacCallbackSigner(OTHER_KEY);
        }
    }

    @Nested
    class RotatedHmacCallbackSignerTest extends CallbackSignerContract {
        @Override
        protected CallbackSigner signer() {
            return new HmacCallbackSigner(KEY, List.of(OTHER_KEY));
        }

        @Override
        protected CallbackSigner signerWithAnotherKey() {
            return new HmacCallbackSigner("a third key, also 32 bytes long!".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class SignedCallbackUrlsTest extends TrackingCallbacksContract {
        private final HmacCallbackSigner signer = new HmacCallbackSigner(KEY);

        @Override
        protected TrackingCallbacks callbacks() {
            return new SignedCallbackUrls(signer, () -> "https://platform.example.com/api/v1/tavus/callback");
        }

        @Test
        void theUrlCarriesTheTrackingIdAndASignatureThatVerifies() {
            var trackingId = UUID.randomUUID();
            var url = callbacks().callbackUrl(trackingId).orElseThrow();

            var signature = url.substring(url.indexOf("&sig=") + 5);
            assertThat(url).contains("?t=" + trackingId + "&sig=");
            assertThat(signer.verify(trackingId.toString(), signature)).isTrue();
        }
    }
}
