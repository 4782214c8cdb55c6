package com.acme.tavus.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.security.FailedAuthenticationThrottle.Settings;
import com.acme.tavus.application.testing.MutableClock;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class FailedAuthenticationThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void anAddress_isBlockedAfterTheMaximum_untilItsWindowEnds() {
        var throttle = new FailedAuthenticationThrottle(new Settings(3, Duration.ofMinutes(1), 0, 100), clock);

        throttle.recordFailure("198.51.100.7");
        clock.advance(Duration.ofSeconds(10));
        throttle.recordFailure("198.51.100.7");
        assertThat(throttle.blockedFor("198.51.100.7")).isEmpty();
        throttle.recordFailure("198.51.100.7");

        assertThat(throttle.blockedFor("198.51.100.7")).contains(Duration.ofSeconds(50));
        assertThat(throttle.blockedFor("198.51.100.8")).isEmpty();
        clock.advance(Duration.ofSeconds(50));
        assertThat(throttle.blockedFor("198.51.100.7")).isEmpty();
    }

    @Test
    void aFailureAfterTheWindow_startsANewCount() {
        var throttle = new FailedAuthenticationThrottle(new Settings(2, Duration.ofMinutes(1), 0, 100), clock);
        throttle.recordFailure("a");
        clock.advance(Duration.ofMinutes(2));

        throttle.recordFailure("a");

        assertThat(throttle.blockedFor("a")).isEmpty();
        throttle.recordFailure("a");
        assertThat(throttle.blockedFor("a")).contains(Duration.ofMinutes(1));
    }

    @Test
    void anUnknownAddress_isNeverThrottled() {
        var throttle = new FailedAuthenticationThrottle(new Settings(1, Duration.ofMinutes(1), 0, 100), clock);
        throttle.recordFailure(null);
        assertThat(throttle.blockedFor(null)).isEmpty();
    }

    @Test
    void withoutTrustedProxies_theRemoteAddressCounts_andXForwardedForIsIgnored() {
        var throttle = new FailedAuthenticationThrottle(new Settings(1, Duration.ofMinutes(1), 0, 100), clock);

        assertThat(throttle.clientAddress(request("10.0.0.5", "203.0.113.9"))).isEqualTo("10.0.0.5");
        assertThat(throttle.clientAddress(MockServerHttpRequest.get("/").build())).isNull();
    }

    @Test
    void withTrustedProxies_theAddressTheOutermostTrustedProxySaw_counts() {
        var oneProxy = new FailedAuthenticationThrottle(new Settings(1, Duration.ofMinutes(1), 1, 100), clock);
        var twoProxies = new FailedAuthenticationThrottle(new Settings(1, Duration.ofMinutes(1), 2, 100), clock);

        // The client forged "1.1.1.1"; the proxy appended the address it saw.
        assertThat(oneProxy.clientAddress(request("10.0.0.5", "1.1.1.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(twoProxies.clientAddress(request("10.0.0.5", "1.1.1.1, 203.0.113.9, 10.0.0.4")))
                .isEqualTo("203.0.113.9");
        assertThat(oneProxy.clientAddress(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
        assertThat(oneProxy.clientAddress(request("10.0.0.5", "x".repeat(500)))).hasSize(64);
    }

    private static MockServerHttpRequest request(String remote, String forwardedFor) {
        var request = MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress(remote, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }
}
