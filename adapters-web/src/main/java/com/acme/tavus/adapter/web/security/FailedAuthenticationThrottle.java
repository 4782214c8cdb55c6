package com.acme.tavus.adapter.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Counts failed token checks (unknown, expired or revoked tokens) per client address, and tells when
 * an address has had too many: {@code maxFailures} within {@code window} of its first failure block
 * it until that window ends. A successful request does not reset the count, so one valid token does
 * not buy an attacker more guesses.
 *
 * <p>Memory is bounded: at most {@code maxAddresses} addresses are tracked (least recently used go
 * first) and each is forgotten a window after its last failure.
 *
 * <p>Client address: the connection's remote address, unless {@code trustedProxyHops} is set. Then
 * that many proxies in front of the service are trusted to append to {@code X-Forwarded-For}, and the
 * client is the address they saw: the entry {@code trustedProxyHops} places before the remote address
 * in [X-Forwarded-For entries..., remote address]. Set it only when every request passes through
 * those proxies; otherwise a client can name any address it likes. A request whose address is unknown
 * is never throttled.
 */
public final class FailedAuthenticationThrottle {

    /**
     * @param maxFailures failures an address may have within the window before it is blocked
     * @param window how long a count runs from an address's first failure
     * @param trustedProxyHops how many proxies in front of the service append to X-Forwarded-For (0: none)
     * @param maxAddresses how many addresses are tracked at most
     */
    public record Settings(int maxFailures, Duration window, int trustedProxyHops, long maxAddresses) {
        public Settings {
            if (maxFailures < 1 || trustedProxyHops < 0 || maxAddresses < 1) {
                throw new IllegalArgumentException("maxFailures and maxAddresses must be positive, hops not negative");
            }
            Objects.requireNonNull(window, "window");
        }

        /** 20 failures a minute per address, no trusted proxy, 100 000 addresses. */
        public static Settings defaults() {
            return new Settings(20, Duration.ofMinutes(1), 0, 100_000);
        }
    }

    static final String FORWARDED_FOR = "X-Forwarded-For";
    /** Longer X-Forwarded-For entries are cut, so a forged header cannot make large keys. */
    private static final int MAX_ADDRESS_LENGTH = 64;

    private record Window(Instant start, int failures) {}

    private final Settings settings;
    private final Clock clock;
    private final Cache<String, Window> windows;

    public FailedAuthenticationThrottle(Settings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.windows = Caffeine.newBuilder()
                .maximumSize(settings.maxAddresses())
                .expireAfterWrite(settings.window())
                .build();
    }

    /** The client's address as these settings define it; {@code null} when it cannot be known. */
    public String clientAddress(ServerHttpRequest request) {
        var remote = request.getRemoteAddress();
        String remoteHost = null;
        if (remote != null) {
            remoteHost = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        }
        if (settings.trustedProxyHops() == 0) {
            return remoteHost;
        }
        var chain = new ArrayList<String>();
        for (var header : request.getHeaders().getOrEmpty(FORWARDED_FOR)) {
            for (var entry : header.split(",")) {
                var address = entry.strip();
                if (!address.isEmpty()) {
                    chain.add(address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address);
                }
            }
        }
        if (remoteHost != null) {
            chain.add(remoteHost);
        }
        if (chain.isEmpty()) {
            return null;
        }
        return chain.get(Math.max(chain.size() - 1 - settings.trustedProxyHops(), 0));
    }

    /** How long {@code address} stays blocked; empty when it may try. */
    public Optional<Duration> blockedFor(String address) {
        if (address == null) {
            return Optional.empty();
        }
        var window = windows.getIfPresent(address);
        var now = clock.instant();
        if (window == null || window.failures() < settings.maxFailures() || !now.isBefore(end(window))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, end(window)));
    }

    /** Counts one failed token check from {@code address} (nothing for an unknown address). */
    public void recordFailure(String address) {
        if (address == null) {
            return;
        }
        var now = clock.instant();
        windows.asMap().compute(address, (key, window) -> window == null || !now.isBefore(end(window))
                ? new Window(now, 1)
                : new Window(window.start(), window.failures() + 1));
    }

    private Instant end(Window window) {
        return window.start().plus(settings.window());
    }
}
