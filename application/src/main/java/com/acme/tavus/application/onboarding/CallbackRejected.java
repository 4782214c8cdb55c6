package com.acme.tavus.application.onboarding;

/**
 * A callback did not prove it comes from a conversation the platform created: its signature is
 * missing or wrong. The message says which, never the values sent.
 */
public final class CallbackRejected extends RuntimeException {

    public CallbackRejected(String message) {
        super(message);
    }
}
