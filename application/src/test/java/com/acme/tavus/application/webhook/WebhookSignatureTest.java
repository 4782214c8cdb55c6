package com.acme.tavus.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.domain.webhook.WebhookSecret;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The Standard Webhooks specification's own example, so receivers' libraries agree with us. */
    @Test
    void matchesTheStandardWebhooksReferenceVector() {
        var secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        var headers = WebhookSignature.headers(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek",
                Instant.ofEpochSecond(1614265330), "{\"test\": 2432232314}");

        assertThat(headers).containsExactly(
                java.util.Map.entry("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"),
                java.util.Map.entry("webhook-timestamp", "1614265330"),
                java.util.Map.entry("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }
}
