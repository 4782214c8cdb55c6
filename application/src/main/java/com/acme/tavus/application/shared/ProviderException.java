package com.acme.tavus.application.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * The video provider (Tavus) could not do what was asked. Subclasses say why in terms a caller can
 * act on; their messages are written for the platform's clients and never carry provider internals
 * (URLs, stack traces, keys). Each outbound provider port throws only these, plus {@link
 * NotFoundException}.
 */
public abstract sealed class ProviderException extends RuntimeException {

    protected ProviderException(String message) {
        super(message);
    }

    /** The provider refused the request as invalid; its explanation is safe to show. */
    public static final class Rejected extends ProviderException {
        private final String field;

        public Rejected(String message) {
            this(message, null);
        }

        public Rejected(String message, String field) {
            super(message);
            this.field = field;
        }

        /** The request field the provider complained about, when known. */
        public Optional<String> field() {
            return Optional.ofNullable(field);
        }
    }

    /**
     * The request was valid but clashes with the resource's current state (a document recrawled
     * while it is still processing, say); it may succeed later. The message is the provider's
     * explanation and is safe to show.
     */
    public static final class Conflict extends ProviderException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** The provider asks us to slow down. */
    public static final class RateLimited extends ProviderException {
        private final Duration retryAfter;

        public RateLimited(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** The provider answered with an error of its own, or something that is not a valid answer. */
    public static final class BadGateway extends ProviderException {
        public BadGateway(String message) {
            super(message);
        }
    }

    /** The provider could not be reached, or the platform is shedding load to protect it. */
    public static final class Unavailable extends ProviderException {
        private final Duration retryAfter;

        public Unavailable(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** The provider did not answer in time. The request may or may not have taken effect. */
    public static final class Timeout extends ProviderException {
        public Timeout(String message) {
            super(message);
        }
    }
}
