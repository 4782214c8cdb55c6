package com.acme.tavus.application.admin;

import java.time.Duration;
import java.util.Optional;

/**
 * A sign-in to the admin site was refused. The message is safe to show: it never says whether the
 * username exists, the password was wrong or the account is inactive.
 */
public final class AdminLoginRefused extends RuntimeException {

    public enum Reason { INVALID_CREDENTIALS, THROTTLED }

    static final String INVALID = "Please enter the correct username and password for a staff account. "
            + "Note that both fields may be case-sensitive.";

    private final Reason reason;
    private final transient Duration retryAfter;

    private AdminLoginRefused(Reason reason, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    static AdminLoginRefused invalidCredentials() {
        return new AdminLoginRefused(Reason.INVALID_CREDENTIALS, INVALID, null);
    }

    static AdminLoginRefused throttled(Duration retryAfter) {
        var minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return new AdminLoginRefused(Reason.THROTTLED, "Too many failed sign-ins for this username. Try again in "
                + minutes + (minutes == 1 ? " minute." : " minutes."), retryAfter);
    }

    public Reason reason() {
        return reason;
    }

    /** How long until the username may try again; only when {@link Reason#THROTTLED}. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
