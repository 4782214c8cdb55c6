package com.acme.tavus.application.onboarding.port.in;

import reactor.core.publisher.Mono;

/**
 * Closes tracked conversations whose end was never reported: asks Tavus about every conversation
 * still open after its longest possible call (plus a grace period), and applies what Tavus says.
 * Keeps statuses true when a callback is lost. Meant to run periodically.
 */
public interface ReconcileConversationsUseCase {

    /** One pass; emits how many records it changed. Failures for one conversation do not stop the pass. */
    Mono<Integer> reconcile();
}
