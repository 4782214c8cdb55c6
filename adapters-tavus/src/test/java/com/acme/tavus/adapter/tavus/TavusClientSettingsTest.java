package com.acme.tavus.adapter.tavus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TavusClientSettingsTest {

    private static final String KEY = "tvs-secret-key-abcdef0123456789";
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void toString_redactsTheApiKey() {
        var settings = new TavusClientSettings(TavusClientSettings.DEFAULT_BASE_URL, KEY, SECOND, 1024);

        assertThat(settings.toString())
                .doesNotContain(KEY)
                .doesNotContain(KEY.substring(0, 8))
                .contains("apiKey=<redacted>")
                .contains("https://tavusapi.com/v2");
    }

    @Test
    void constructor_dropsATrailingSlashFromTheBaseUrl() {
        var settings = new TavusClientSettings(URI.create("https://tavusapi.com/v2/"), KEY, SECOND, 1024);

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://tavusapi.com/v2"));
    }

    @Test
    void constructor_rejectsMissingOrUnusableValues() {
        var url = TavusClientSettings.DEFAULT_BASE_URL;
        assertThatThrownBy(() -> new TavusClientSettings(null, KEY, SECOND, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TavusClientSettings(URI.create("/v2"), KEY, SECOND, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TavusClientSettings(URI.create("ftp://tavusapi.com/v2"), KEY, SECOND, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TavusClientSettings(url, " ", SECOND, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TavusClientSettings(url, "key\r\nX-Injected: 1", SECOND, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Injected");
        assertThatThrownBy(() -> new TavusClientSettings(url, KEY, Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TavusClientSettings(url, KEY, Duration.ofMillis(-1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TavusClientSettings(url, KEY, null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TavusClientSettings(url, KEY, SECOND, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
