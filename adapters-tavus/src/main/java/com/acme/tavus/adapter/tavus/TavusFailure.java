package com.acme.tavus.adapter.tavus;

import java.util.Locale;
import java.util.Objects;

/**
 * One failed attempt at a Tavus call, as the resilience policy sees it: the port error callers will
 * get ({@link #error()}) and what went wrong on the wire ({@link #kind()}). It never leaves this
 * package: {@link TavusCalls} unwraps it once retries are over.
 */
final class TavusFailure extends RuntimeException {

    /** What happened to the attempt, from the policy's point of view. */
    enum Kind {
        /** The connection could not be opened: not one byte of the request reached Tavus. */
        NOT_SENT(true, true),
        /** No complete answer before the operation's deadline; the request may have landed. */
        TIMEOUT(true, true),
        /** Tavus answered 5xx. */
        SERVER_ERROR(true, true),
        /** The connection closed or reset after the request was sent, before a complete answer. */
        CONNECTION_LOST(true, true),
        /** A 2xx whose body could not be read: malformed, truncated, too big, or missing fields. */
        UNREADABLE(true, false),
        /** Tavus answered 429: it is healthy and asks us to slow down. */
        RATE_LIMITED(false, false),
        /** Any other answer (4xx, an unexpected redirect): Tavus is up and said no. */
        REFUSED(false, false);

        private final boolean upstreamFault;
        private final boolean transientFault;

        Kind(boolean upstreamFault, boolean transientFault) {
            this.upstreamFault = upstreamFault;
            this.transientFault = transientFault;
        }

        /** The metrics tag, such as {@code not_sent}. */
        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final RuntimeException error;
    private final Kind kind;
    private final boolean repeatable;

    private TavusFailure(RuntimeException error, Kind kind, boolean repeatable) {
        super(error.getMessage(), null, false, false);
        this.error = error;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.repeatable = repeatable;
    }

    /** A failure whose operation is not known yet ({@link #during} adds it). */
    static TavusFailure of(RuntimeException error, Kind kind) {
        return new TavusFailure(Objects.requireNonNull(error, "error"), kind, false);
    }

    /** This failure, as it happened during {@code operation}. */
    TavusFailure during(TavusOperation operation) {
        return new TavusFailure(error, kind, operation.repeatable());
    }

    /** The port error ({@code ProviderException} or {@code NotFoundException}) for callers. */
    RuntimeException error() {
        return error;
    }

    Kind kind() {
        return kind;
    }

    /** Counts against Tavus's health in the circuit breaker. */
    boolean upstreamFault() {
        return kind.upstreamFault;
    }

    /** Neither a success nor a failure for the circuit breaker. */
    boolean neutral() {
        return kind == Kind.RATE_LIMITED;
    }

    /**
     * Worth another attempt: always when nothing was sent; after other transient faults only when
     * the operation is repeatable. An unreadable body is not transient: asking again gets the same.
     */
    boolean worthRetrying() {
        return kind == Kind.NOT_SENT || (repeatable && kind.transientFault);
    }
}
