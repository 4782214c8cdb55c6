package com.acme.tavus.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/x?a=1", "http://localhost:9000/hook", "http://127.0.0.1/h",
        "http://[::1]:8080/h"})
    void acceptsHttpsAndLoopbackHttp(String url) {
        assertThat(WebhookUrl.of(" " + url + " ", false).value()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/x", "ftp://example.com/x", "/relative", "https://", "not a url",
        "https://user:pw@example.com/x", "https://example.com/x#frag", "mailto:a@example.com", "  "})
    void refusesTheRestNamingTheField(String url) {
        assertThatThrownBy(() -> WebhookUrl.of(url, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void plainHttpAnywhereOnlyWhenAllowedAndNeverTooLong() {
        assertThat(WebhookUrl.of("http://hooks.internal/x", true).value()).isEqualTo("http://hooks.internal/x");
        assertThatThrownBy(() -> WebhookUrl.of("https://example.com/" + "a".repeat(2048), false))
                .hasMessageContaining("2048");
    }

    @Test
    void backoffDoublesWithJitterUpToTheMaximum() {
        var policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 5, Duration.ofDays(3));
        var random = new Random(7);
        for (var attempt = 1; attempt <= 12; attempt++) {
            var full = Math.min(60_000L, 1000L << (attempt - 1));
            assertThat(policy.delayAfter(attempt, random).toMillis()).isBetween(full / 2, full);
        }
        assertThat(policy.delayAfter(500, random)).isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void givesUpAfterTheAttemptsOrTheAge() {
        var policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 3, Duration.ofDays(3));
        var at = Instant.parse("2026-05-01T00:00:00Z");
        assertThat(policy.givesUp(2, at, at.plusSeconds(10))).isFalse();
        assertThat(policy.givesUp(3, at, at.plusSeconds(10))).isTrue();
        assertThat(policy.givesUp(1, at, at.plus(Duration.ofDays(3)))).isTrue();
    }

    @Test
    void secretsAreStandardWebhooksSecretsAndNeverPrinted() {
        var secret = WebhookSecret.generate();
        assertThat(secret.value()).startsWith("whsec_");
        assertThat(secret.key()).hasSize(32);
        assertThat(secret.toString()).doesNotContain(secret.value().substring(6));
        assertThat(new WebhookSubscription(java.util.UUID.randomUUID(), WebhookUrl.of("https://e.com/h", false), null,
                secret, Instant.EPOCH, "t/n").toString()).doesNotContain(secret.value());
    }
}
