package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.TrackingCallbacks;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TrackingCallbacks} that offers URLs must do, as tests: an absolute http(s) URL
 * per tracking id, the same every time it is asked, different for another id. Extend it and supply
 * the port. ({@link TrackingCallbacks#NONE} offers none, by design.)
 */
public abstract class TrackingCallbacksContract {

    protected abstract TrackingCallbacks callbacks();

    @Test
    void aCallbackUrl_isAnAbsoluteHttpUrl_stablePerTrackingId() {
        var trackingId = UUID.randomUUID();

        var url = callbacks().callbackUrl(trackingId).orElseThrow();

        assertThat(URI.create(url).isAbsolute()).isTrue();
        assertThat(URI.create(url).getScheme()).isIn("http", "https");
        assertThat(callbacks().callbackUrl(trackingId)).contains(url);
    }

    @Test
    void anotherTrackingId_getsAnotherUrl() {
        assertThat(callbacks().callbackUrl(UUID.randomUUID()))
                .isNotEqualTo(callbacks().callbackUrl(UUID.randomUUID()));
    }
}
