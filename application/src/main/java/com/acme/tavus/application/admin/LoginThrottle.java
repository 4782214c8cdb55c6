package com.acme.tavus.application.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing against one admin username: after {@code maxFailures} failed
 * sign-ins within {@code window}, further attempts for that username are refused, without checking
 * the password, until the oldest of those failures is {@code window} old. A success clears the count.
 *
 * <p>In memory, per instance: a restart forgets it, and several instances each count on their own.
 * Memory is bounded: past {@value #MAX_TRACKED} usernames, stale entries are dropped first and, if
 * that is not enough, all of them (failing open rather than growing without limit). The price of
 * throttling by username is that someone can keep an admin locked out by failing on purpose; the
 * command-line {@code changepassword} does not go through here.
 */
public final class LoginThrottle {

    static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures must be positive and window longer than zero");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Five failures in fifteen minutes, Django Axes' usual setting. */
    public static LoginThrottle standard() {
        return new LoginThrottle(5, Duration.ofMinutes(15));
    }

    /** How long {@code username} must still wait; empty when it may try now. */
    public Optional<Duration> blockedFor(String username, Instant now) {
        var recent = failures.get(key(username));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
        }
    }

    public void failed(String username, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    prune(recent, now);
                    return recent.isEmpty();
                }
            });
            if (failures.size() >= MAX_TRACKED) {
                failures.clear();
            }
        }
        var recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
            while (recent.size() > maxFailures) {
                recent.removeFirst();
            }
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private void prune(Deque<Instant> recent, Instant now) {
        var cutoff = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
